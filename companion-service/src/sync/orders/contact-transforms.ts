import type { ContactCreate, KenticoOrder, MappingConfig } from '@bpkc/shared-types';

import {
  applyTransforms,
  isCustomFieldKey,
  type TargetValue,
  TransformFailedError,
} from '../../shaping';
import { PermanentSyncError } from './mapping-failure';
import { orderAddresses } from './order-addresses';

type Shape = (body: ContactCreate) => ContactCreate;
const unchanged: Shape = (body) => body;

/**
 * The merchant's contact transforms (firstName, lastName, companyName, telephone) for a contact
 * created for this order's customer, evaluated before any call is spent on the contact: a
 * failing one is a PermanentSyncError('transform-failed') and no address is created. Input:
 * `{ customer, billingAddress, order }`. Only the create is shaped; later customer edits flow
 * by the field owners as before.
 */
export async function contactShapeFor(
  order: KenticoOrder,
  mapping: MappingConfig | undefined,
): Promise<Shape> {
  const transforms = mapping?.transforms.contact ?? {};
  if (Object.keys(transforms).length === 0) return unchanged;
  const record = {
    customer: order.Customer,
    billingAddress: orderAddresses(order).billing,
    order,
  };
  try {
    const values = await applyTransforms('contact', transforms, {
      record,
      // Save-time validation refuses contact custom fields: nothing would send them.
      accepts: (key) => !isCustomFieldKey(key),
    });
    return (body) => shaped(body, values);
  } catch (error) {
    if (!(error instanceof TransformFailedError)) throw error;
    throw new PermanentSyncError('transform-failed', error.message, { field: error.field });
  }
}

function shaped(body: ContactCreate, values: Record<string, TargetValue>): ContactCreate {
  const text = (key: string) => {
    const value = values[key];
    return typeof value === 'string' && value.trim() !== '' ? value : undefined;
  };
  const [firstName, lastName, company, telephone] = [
    text('firstName'),
    text('lastName'),
    text('companyName'),
    text('telephone'),
  ];
  const communication = body.communication ?? {};
  return {
    ...body,
    ...(firstName !== undefined ? { firstName } : {}),
    ...(lastName !== undefined ? { lastName } : {}),
    ...(company !== undefined ? { organisation: { name: company } } : {}),
    ...(telephone !== undefined
      ? {
          communication: {
            ...communication,
            telephones: { ...communication.telephones, PRI: telephone },
          },
        }
      : {}),
  };
}
