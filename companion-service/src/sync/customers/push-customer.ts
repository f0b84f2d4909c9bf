import type { MappingConfig } from '@bpkc/shared-types';

import { type BrightpearlClient, PRIORITY } from '../../brightpearl';
import { isRetryable, messageOf, PermanentError } from '../../dead-letters/permanent-error';
import type { KenticoBridgeClient } from '../../kentico';
import type { JobQueue } from '../../queue';
import type { Db } from '../../store';
import { CallMeter } from '../call-meter';
import { withLease } from '../leases';
import {
  type CustomerSyncRow,
  findCustomerSync,
  rememberCustomerSync,
} from './customer-repository';
import {
  adoptLegacyIdentity,
  IDENTITY_GROUPS,
  type IdentityFields,
  type IdentityGroup,
  identityHashes,
  identityPatch,
  kenticoIdentity,
} from './field-groups';

export interface CustomerDeps {
  db: Db;
  queue: JobQueue;
  brightpearl: BrightpearlClient;
  kentico: KenticoBridgeClient;
  mapping: MappingConfig;
  /** The version of `mapping`, recorded on the customer's binding (mapping/with-mapping.ts). */
  mappingVersion: number;
}

/**
 * A Kentico customer change → the Brightpearl contact, for the identity groups Kentico masters
 * (credit terms are Brightpearl's only: no documented PATCH path sets them). A group unchanged
 * since the last sync (e.g. Kentico's echo of our own write) costs nothing; a changed one costs
 * one PATCH of its own, remembered as soon as it lands. A group Brightpearl refuses for good does
 * not stop the others: the job ends with one dead letter naming the refused groups (replay sends
 * them again). A customer without a contact yet gets one with its first order (Brightpearl
 * contacts need an address, which only an order carries).
 */
export async function pushKenticoCustomer(
  deps: CustomerDeps,
  customerGuid: string,
): Promise<{ calls: number }> {
  return withLease(deps.db, { key: `customer:${customerGuid}`, waitMs: 5_000 }, async () => {
    const sync = await findCustomerSync(deps.db, customerGuid);
    const meter = new CallMeter(PRIORITY.interactive);
    if (!sync || deps.mapping.customers.identity !== 'kentico') return { calls: 0 };
    const identity = kenticoIdentity(await deps.kentico.getCustomer(customerGuid));
    const refused: Array<{ group: IdentityGroup; error: unknown }> = [];
    for (const group of await changedGroups(deps, { sync, identity })) {
      try {
        await sendGroup(deps, { sync, group, identity, meter });
      } catch (error) {
        // A retry could help: stop here; the groups that landed are remembered already.
        if (isRetryable(error)) throw error;
        refused.push({ group, error });
      }
    }
    if (refused.length > 0) throw refusal(customerGuid, refused);
    return { calls: meter.calls };
  });
}

async function changedGroups(
  deps: CustomerDeps,
  { sync, identity }: { sync: CustomerSyncRow; identity: IdentityFields },
): Promise<IdentityGroup[]> {
  const known = adoptLegacyIdentity(sync.hashes, { legacy: sync.legacyIdentityHash, identity });
  if (known !== sync.hashes) {
    const { customerGuid, contactId } = sync;
    await rememberCustomerSync(deps.db, { customerGuid, contactId, hashes: known });
  }
  const hashes = identityHashes(identity);
  return IDENTITY_GROUPS.filter((group) => hashes[group] !== known[group]);
}

async function sendGroup(
  deps: CustomerDeps,
  input: {
    sync: CustomerSyncRow;
    group: IdentityGroup;
    identity: IdentityFields;
    meter: CallMeter;
  },
): Promise<void> {
  const { sync, group, identity, meter } = input;
  const operations = identityPatch(group, identity);
  if (operations.length > 0)
    await deps.brightpearl.patchContact(sync.contactId, operations, meter.call);
  await rememberCustomerSync(deps.db, {
    customerGuid: sync.customerGuid,
    contactId: sync.contactId,
    hashes: { [group]: identityHashes(identity)[group] },
    mappingVersion: deps.mappingVersion,
  });
}

function refusal(
  customerGuid: string,
  refused: Array<{ group: IdentityGroup; error: unknown }>,
): PermanentError {
  const groups = refused.map((item) => item.group);
  const why = refused.map((item) => `${item.group}: ${messageOf(item.error)}`).join('; ');
  return new PermanentError(
    'refused',
    `Brightpearl refused the contact's ${groups.join(', ')}: ${why}`,
    {
      recordKey: customerGuid,
      details: { groups },
      cause: refused[0]!.error,
    },
  );
}
