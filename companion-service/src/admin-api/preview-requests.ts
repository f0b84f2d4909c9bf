import type { PreviewSide } from '@bpkc/shared-types';

import type { OrderFollowUps } from '../sync/orders/shaped-sales-order';

/** Stands for an id Brightpearl has not given yet (the new order's, a contact to be created). */
export const PLACEHOLDER_ID = 0;

/**
 * The requests after the create, as the order flow's follow-up job sends them (reference §5.8):
 * custom fields as one PATCH of `add` operations, the note as one POST.
 */
export function followUpRequests(followUps: OrderFollowUps): PreviewSide['followUps'] {
  const orderPath = `/order-service/order/{orderId}`;
  const requests: PreviewSide['followUps'] = [];
  const fields = Object.entries(followUps.customFields);
  if (fields.length > 0) {
    requests.push({
      method: 'PATCH',
      path: `${orderPath}/custom-field`,
      body: fields.map(([code, value]) => ({ op: 'add', path: `/${code}`, value })),
    });
  }
  if (followUps.note !== null) {
    requests.push({
      method: 'POST',
      path: `${orderPath}/note`,
      body: { text: followUps.note, isPublic: false },
    });
  }
  return requests;
}

/** A side that could not be worked out: the reason is the note. */
export function errorSide(mappingVersion: number | null, notes: string[]): PreviewSide {
  return { mappingVersion, body: null, followUps: [], findings: [], decision: 'error', notes };
}
