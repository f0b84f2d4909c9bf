import type { KenticoOrder } from '@bpkc/shared-types';

import type { Db } from '../../../store';
import { boundContact } from '../../orders/contact-bindings';
import { hasEarlierOrderOfEmail } from '../../orders/order-sync-reads';

/**
 * "Customer is new", answered from the companion's own tables only (no Brightpearl call): a
 * customer is known once bound to a contact, or once an earlier order of the same e-mail exists.
 */
export async function isNewCustomer(db: Db, order: KenticoOrder): Promise<boolean> {
  if ((await boundContact(db, order.Customer.CustomerGUID)) !== undefined) return false;
  const email = order.Customer.CustomerEmail.trim().toLowerCase();
  if (email === '') return true;
  return !(await hasEarlierOrderOfEmail(db, { orderGuid: order.OrderGUID, email }));
}
