import type { MappingConfig } from '@bpkc/shared-types';

import { type BrightpearlClient, PRIORITY } from '../../brightpearl';
import type { KenticoBridgeClient } from '../../kentico';
import type { JobQueue } from '../../queue';
import type { Db } from '../../store';
import { CallMeter } from '../call-meter';
import { withLease } from '../leases';
import { findCustomerSync, rememberCustomerSync } from './customer-repository';
import {
  creditPatch,
  groupHash,
  identityPatch,
  kenticoCredit,
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
 * A Kentico customer change → the Brightpearl contact, for the field groups Kentico masters.
 * A group unchanged since the last sync (e.g. Kentico's echo of our own write) costs nothing;
 * a changed one costs one PATCH. A customer without a contact yet gets one with its first order
 * (Brightpearl contacts need an address, which only an order carries).
 */
export async function pushKenticoCustomer(
  deps: CustomerDeps,
  customerGuid: string,
): Promise<{ calls: number }> {
  return withLease(deps.db, { key: `customer:${customerGuid}`, waitMs: 5_000 }, async () => {
    const sync = await findCustomerSync(deps.db, customerGuid);
    if (!sync) return { calls: 0 };
    const customer = await deps.kentico.getCustomer(customerGuid);
    const meter = new CallMeter(PRIORITY.interactive);
    const master = deps.mapping.customers;
    const identityHash = groupHash(kenticoIdentity(customer));
    const creditHash = groupHash(kenticoCredit(customer));
    const operations = [
      ...(master.identity === 'kentico' && identityHash !== sync.identityHash
        ? identityPatch(kenticoIdentity(customer))
        : []),
      ...(master.credit === 'kentico' && creditHash !== sync.creditHash
        ? creditPatch(kenticoCredit(customer))
        : []),
    ];
    if (operations.length > 0)
      await deps.brightpearl.patchContact(sync.contactId, operations, meter.call);
    await rememberCustomerSync(deps.db, {
      customerGuid,
      contactId: sync.contactId,
      identityHash: master.identity === 'kentico' ? identityHash : undefined,
      creditHash: master.credit === 'kentico' ? creditHash : undefined,
      mappingVersion: deps.mappingVersion,
    });
    return { calls: meter.calls };
  });
}
