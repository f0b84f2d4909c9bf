import type { KenticoCustomer } from '@bpkc/shared-types';

import type { CustomerChanges, CustomerWriteSource } from './customer-store';
import type { SimContext } from './sim-context';

export type CustomerUpdateOutcome =
  | { ok: true; changed: string[] }
  /** Another customer has that e-mail: checkout finds customers by e-mail, so it must stay unique. */
  | { ok: false; conflict: 'CustomerEmail' };

/**
 * Saves the given fields on the CustomerInfo row (plus the extension's columns). The object-event
 * handler fires on any real change, whoever made it, so `customer.updated` is emitted for bridge
 * writes tagged 'brightpearl' as well: the companion has to recognise its own echo.
 */
export function applyCustomerChanges(
  ctx: SimContext,
  customer: KenticoCustomer,
  update: { changes: CustomerChanges; source: CustomerWriteSource },
): CustomerUpdateOutcome {
  const { customers } = ctx.store;
  const email = update.changes.CustomerEmail;
  const holder = email === undefined ? undefined : customers.findByEmail(email);
  if (holder && holder.CustomerGUID !== customer.CustomerGUID) {
    return { ok: false, conflict: 'CustomerEmail' };
  }
  const changed = customers.update(customer.CustomerGUID, update.changes, update.source);
  if (changed.length > 0) {
    const occurredAt = customers.record(customer.CustomerGUID)?.CustomerModifiedWhen;
    ctx.emit('customer.updated', customer.CustomerGUID, { occurredAt });
  }
  return { ok: true, changed };
}
