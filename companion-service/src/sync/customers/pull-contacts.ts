import type { UpdateCustomerBody } from '@bpkc/shared-types';

import { type ContactRecord, PRIORITY } from '../../brightpearl';
import { CallMeter } from '../call-meter';
import { withLease } from '../leases';
import { advanceContactsWatermark, contactsSearchFrom } from './contacts-cursor';
import {
  type BoundCustomer,
  customersForContacts,
  findCustomerSync,
  rememberCustomerSync,
} from './customer-repository';
import {
  adoptLegacyIdentity,
  brightpearlCredit,
  brightpearlIdentity,
  creditHash,
  type GroupHashes,
  IDENTITY_GROUPS,
  identityHashes,
  kenticoFields,
} from './field-groups';
import type { CustomerDeps } from './push-customer';

/** Marks a Kentico-owned group edited in Brightpearl: it differs from every real hash. */
const DRIFTED = 'drifted-in-brightpearl';

/**
 * Brightpearl contact changes → Kentico customers, for the groups Brightpearl masters. Contacts
 * have no usable webhook (reference §10.3), so this searches `updatedOn` from a stored watermark
 * with a small overlap, and reads (GET) only the contacts a bound customer has not yet seen at
 * that updatedOn. Our own PATCHes come back here too; their hashes match and nothing is written.
 */
export async function sweepBrightpearlContacts(
  deps: CustomerDeps,
): Promise<{ written: number; calls: number }> {
  const meter = new CallMeter(PRIORITY.interactive);
  const since = await contactsSearchFrom(deps.db, new Date());
  const { rows, shifted } = await deps.brightpearl.searchContactsUpdatedSince(since, meter.call);
  const bound = await customersForContacts(
    deps.db,
    rows.map((row) => row.contactId),
  );
  const unseen = new Map<number, BoundCustomer[]>();
  for (const row of rows) {
    const customers = (bound.get(row.contactId) ?? []).filter(
      (customer) =>
        customer.seenUpdatedOn === null || customer.seenUpdatedOn < Date.parse(row.updatedOn),
    );
    if (customers.length > 0) unseen.set(row.contactId, customers);
  }
  const contacts =
    unseen.size > 0 ? await deps.brightpearl.getContacts([...unseen.keys()], meter.call) : [];
  let written = 0;
  for (const contact of contacts) {
    for (const { customerGuid } of unseen.get(contact.contactId) ?? []) {
      if (await pullContact(deps, { customerGuid, contact })) written += 1;
    }
  }
  // A row may have been skipped while the pages moved: search this window again next time.
  const newest = rows
    .map((row) => row.updatedOn)
    .sort((a, b) => Date.parse(a) - Date.parse(b))
    .at(-1);
  if (!shifted && newest !== undefined) await advanceContactsWatermark(deps.db, newest);
  return { written, calls: meter.calls };
}

async function pullContact(
  deps: CustomerDeps,
  input: { customerGuid: string; contact: ContactRecord },
): Promise<boolean> {
  return withLease(deps.db, { key: `customer:${input.customerGuid}`, waitMs: 5_000 }, async () => {
    const sync = await findCustomerSync(deps.db, input.customerGuid);
    const identity = brightpearlIdentity(input.contact);
    const known = adoptLegacyIdentity(sync?.hashes ?? {}, {
      legacy: sync?.legacyIdentityHash ?? null,
      identity,
    });
    const current = identityHashes(identity);
    const fields: UpdateCustomerBody['fields'] = {};
    const hashes: GroupHashes = {};
    let drifted = false;
    for (const group of IDENTITY_GROUPS) {
      if (current[group] === known[group]) continue;
      if (deps.mapping.customers.identity === 'brightpearl') {
        Object.assign(fields, kenticoFields(group, identity));
        hashes[group] = current[group];
      } else if (known[group] !== undefined) {
        // Someone edited a Kentico-owned group in Brightpearl: Kentico's value is re-asserted.
        hashes[group] = DRIFTED;
        drifted = true;
      }
    }
    // Credit terms are Brightpearl's only (mapping schema): always carried to Kentico.
    const credit = brightpearlCredit(input.contact);
    if (creditHash(credit) !== known.credit) {
      Object.assign(fields, {
        BpcCreditLimit: credit.creditLimit,
        BpcCreditTermDays: credit.creditTermDays,
      });
      hashes.credit = creditHash(credit);
    }
    // Kentico first, then remembered: a failed write is read and written again next sweep. The
    // order does not matter for echoes: Kentico's customer.updated for this write is pushed only
    // for the groups Kentico owns, and this wrote none of them.
    const write = Object.keys(fields).length > 0;
    if (write) await deps.kentico.updateCustomer(input.customerGuid, fields);
    // The drift and the push that re-asserts it commit together: seen without its push, the
    // contact would be skipped by the next sweep and Kentico's value never re-asserted.
    await deps.db.transaction(async (tx) => {
      await rememberCustomerSync(tx, {
        customerGuid: input.customerGuid,
        contactId: input.contact.contactId,
        // Adopted legacy hashes are kept as well: the single identity hash no longer matches.
        hashes: { ...(known === sync?.hashes ? {} : known), ...hashes },
        contactUpdatedOn: input.contact.updatedOn,
        mappingVersion: deps.mappingVersion,
      });
      if (drifted)
        await deps.queue.enqueue('customers', { customerGuid: input.customerGuid }, { db: tx });
    });
    return write;
  });
}
