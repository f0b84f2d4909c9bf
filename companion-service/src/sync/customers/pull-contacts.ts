import type { UpdateCustomerBody } from '@bpkc/shared-types';

import { type ContactRecord, PRIORITY } from '../../brightpearl';
import { getOrCreateSetting } from '../../store/installation-settings';
import { CallMeter } from '../call-meter';
import { withLease } from '../leases';
import {
  customersForContacts,
  findCustomerSync,
  rememberCustomerSync,
} from './customer-repository';
import { brightpearlCredit, brightpearlIdentity, groupHash } from './field-groups';
import type { CustomerDeps } from './push-customer';

const CURSOR_KEY = 'brightpearl-contacts-cursor';
const OVERLAP_MS = 5 * 60_000;

/**
 * Brightpearl contact changes → Kentico customers, for the groups Brightpearl masters. Contacts
 * have no usable webhook (reference §10.3), so this sweeps `updatedOn` with overlap. Our own
 * PATCHes come back here too; their hashes match and nothing is written.
 */
export async function sweepBrightpearlContacts(
  deps: CustomerDeps,
): Promise<{ written: number; calls: number }> {
  const startedAt = new Date();
  const meter = new CallMeter(PRIORITY.interactive);
  const cursor = await getOrCreateSetting(deps.db, {
    key: CURSOR_KEY,
    create: () => startedAt.toISOString(),
  });
  const since = new Date(new Date(cursor).getTime() - OVERLAP_MS).toISOString();
  const ids = await deps.brightpearl.searchContactsUpdatedSince(since, meter.call);
  const customers = await customersForContacts(deps.db, ids);
  const contacts =
    customers.size > 0 ? await deps.brightpearl.getContacts([...customers.keys()], meter.call) : [];
  let written = 0;
  for (const contact of contacts) {
    for (const customerGuid of customers.get(contact.contactId) ?? []) {
      if (await pullContact(deps, { customerGuid, contact })) written += 1;
    }
  }
  await deps.db.query(
    `UPDATE installation_settings SET value = $2, updated_at = now() WHERE key = $1`,
    [CURSOR_KEY, startedAt.toISOString()],
  );
  return { written, calls: meter.calls };
}

async function pullContact(
  deps: CustomerDeps,
  input: { customerGuid: string; contact: ContactRecord },
): Promise<boolean> {
  return withLease(deps.db, { key: `customer:${input.customerGuid}`, waitMs: 5_000 }, async () => {
    const sync = await findCustomerSync(deps.db, input.customerGuid);
    const master = deps.mapping.customers;
    const identity = brightpearlIdentity(input.contact);
    const credit = brightpearlCredit(input.contact);
    const fields: UpdateCustomerBody['fields'] = {};
    const hashes: { identityHash?: string; creditHash?: string } = {};
    if (master.identity === 'brightpearl' && groupHash(identity) !== sync?.identityHash) {
      Object.assign(fields, {
        CustomerFirstName: identity.firstName,
        CustomerLastName: identity.lastName,
        CustomerEmail: identity.email,
        CustomerPhone: identity.phone,
      });
      hashes.identityHash = groupHash(identity);
    }
    if (
      master.identity === 'kentico' &&
      sync?.identityHash &&
      groupHash(identity) !== sync.identityHash
    ) {
      // Someone edited a Kentico-owned group in Brightpearl: Kentico's value is re-asserted.
      hashes.identityHash = 'drifted-in-brightpearl';
      await deps.queue.enqueue('customers', { customerGuid: input.customerGuid });
    }
    if (master.credit === 'brightpearl' && groupHash(credit) !== sync?.creditHash) {
      Object.assign(fields, {
        BpcCreditLimit: credit.creditLimit,
        BpcCreditTermDays: credit.creditTermDays,
      });
      hashes.creditHash = groupHash(credit);
    }
    // Remember first: Kentico's customer.updated for this write must look like an echo.
    await rememberCustomerSync(deps.db, {
      customerGuid: input.customerGuid,
      contactId: input.contact.contactId,
      ...hashes,
      mappingVersion: deps.mappingVersion,
    });
    if (Object.keys(fields).length === 0) return false;
    await deps.kentico.updateCustomer(input.customerGuid, fields);
    return true;
  });
}
