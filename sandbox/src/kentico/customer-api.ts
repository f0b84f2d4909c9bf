import { randomUUID } from 'node:crypto';

import {
  KenticoCustomerGuid,
  UpdateCustomerBody,
  type KenticoCustomer,
  type KenticoCustomerRecord,
} from '@bpkc/shared-types';

import type { CustomerChanges } from './customer-store';
import { applyCustomerChanges } from './customer-update';
import type { SimContext } from './sim-context';

/** A customer signing up on the storefront (outside checkout). */
export interface NewCustomerInput {
  email: string;
  firstName: string;
  lastName: string;
  phone?: string | null;
}

/** The simulator's customer methods. Everything returned is a copy. */
export interface CustomerApi {
  /** Emits `customer.created` unless `emit: false`; throws if the e-mail is taken. */
  createCustomer(input: NewCustomerInput, options?: { emit?: boolean }): KenticoCustomerRecord;
  /**
   * A customer edits their profile (or an admin the credit fields): only the given fields change.
   * Emits `customer.updated` when something changed, unless `emit: false`. Not a bridge write.
   * Throws on an unknown customer, an invalid field or an e-mail another customer has.
   */
  updateCustomer(
    customerGuid: string,
    changes: CustomerChanges,
    options?: { emit?: boolean },
  ): KenticoCustomerRecord;
  getCustomer(customerGuid: string): KenticoCustomerRecord | undefined;
  /** Bridge PUTs that changed this customer: lets a test assert "at most one write each way". */
  customerWrites(customerGuid: string): number;
}

export function createCustomerApi(ctx: SimContext): CustomerApi {
  const { customers } = ctx.store;
  const recordOf = (guid: string) => customers.record(guid) as KenticoCustomerRecord;

  return {
    createCustomer(input, options = {}) {
      if (customers.findByEmail(input.email)) {
        throw new Error(`A customer with e-mail ${input.email} already exists`);
      }
      const customer: KenticoCustomer = {
        CustomerID: ctx.store.nextId('customer'),
        CustomerGUID: KenticoCustomerGuid.parse(randomUUID()),
        CustomerMemberID: null,
        CustomerFirstName: input.firstName,
        CustomerLastName: input.lastName,
        CustomerEmail: input.email,
        CustomerPhone: input.phone ?? null,
        CustomerCreatedWhen: ctx.now(),
      };
      customers.add(customer);
      if (options.emit !== false) {
        const occurredAt = customer.CustomerCreatedWhen;
        ctx.emit('customer.created', customer.CustomerGUID, { occurredAt });
      }
      return recordOf(customer.CustomerGUID);
    },
    updateCustomer(customerGuid, changes, options = {}) {
      const customer = customers.get(customerGuid);
      if (!customer) throw new Error(`Unknown customer ${customerGuid}`);
      // Same rules as the bridge PUT, so a test cannot store what GET would not serve.
      const valid = UpdateCustomerBody.shape.fields.parse(changes);
      const quiet = options.emit === false ? { ...ctx, emit: () => undefined } : ctx;
      const outcome = applyCustomerChanges(quiet, customer, { changes: valid, source: 'kentico' });
      if (!outcome.ok) throw new Error(`Another customer has e-mail ${changes.CustomerEmail}`);
      return recordOf(customerGuid);
    },
    getCustomer: (customerGuid) => customers.record(customerGuid),
    customerWrites: (customerGuid) => customers.writes(customerGuid),
  };
}
