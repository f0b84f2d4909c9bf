import type { KenticoOrder, MappingConfig, PreviewSide } from '@bpkc/shared-types';

import type { Db } from '../store';
import { boundContact } from '../sync/orders/contact-bindings';
import { contactBody } from '../sync/orders/contact-resolver';
import { contactShapeFor } from '../sync/orders/contact-transforms';
import { PermanentSyncError } from '../sync/orders/mapping-failure';
import { errorSide, PLACEHOLDER_ID } from './preview-requests';

/**
 * The contact create the order flow would send for the customer of `order` (a new customer:
 * contact transforms apply to a created contact only). Address ids are placeholders: the
 * addresses are created first, one request each.
 */
export async function previewContact(
  deps: { db: Db },
  input: { order: KenticoOrder; mapping: MappingConfig; mappingVersion: number | null },
): Promise<PreviewSide> {
  const { order, mapping, mappingVersion } = input;
  try {
    const shape = await contactShapeFor(order, mapping);
    const ids = { billing: PLACEHOLDER_ID, shipping: PLACEHOLDER_ID };
    const notes = ['address ids are 0 here: the postal addresses are created first'];
    const bound = await boundContact(deps.db, order.Customer.CustomerGUID);
    if (bound !== undefined) {
      notes.unshift(
        `this customer is already Brightpearl contact ${bound}: no contact is created for their orders`,
      );
    }
    const body = shape(contactBody(order, ids));
    return { mappingVersion, body, followUps: [], findings: [], decision: 'send', notes };
  } catch (error) {
    if (error instanceof PermanentSyncError) return errorSide(mappingVersion, [error.message]);
    throw error;
  }
}
