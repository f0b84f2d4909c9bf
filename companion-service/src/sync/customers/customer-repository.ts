import type { Db } from '../../store';
import type { GroupHashes } from './field-groups';

export interface CustomerSyncRow {
  customerGuid: string;
  contactId: number;
  /** Per field group, the hash both sides last agreed on (field-groups.ts). */
  hashes: GroupHashes;
  /** The one identity hash of rows written before the identity was split; see adoptLegacyIdentity. */
  legacyIdentityHash: string | null;
}

/** The contact of a Kentico customer: from earlier customer syncs, else from its orders. */
export async function findCustomerSync(
  db: Db,
  customerGuid: string,
): Promise<CustomerSyncRow | undefined> {
  const rows = await db.query<{
    brightpearl_contact_id: number | string;
    group_hashes: GroupHashes | string | null;
    identity_hash: string | null;
  }>(
    `SELECT brightpearl_contact_id, group_hashes, identity_hash FROM customer_sync WHERE kentico_customer_guid = $1
     UNION ALL
     SELECT brightpearl_contact_id, '{}'::jsonb, NULL::text FROM contact_bindings WHERE kentico_customer_guid = $1
     LIMIT 1`,
    [customerGuid],
  );
  const row = rows[0];
  return row
    ? {
        customerGuid,
        contactId: Number(row.brightpearl_contact_id),
        hashes: jsonOf(row.group_hashes),
        legacyIdentityHash: row.identity_hash,
      }
    : undefined;
}

/** A Kentico customer bound to a contact, and the contact's updatedOn it last read (ms). */
export interface BoundCustomer {
  customerGuid: string;
  seenUpdatedOn: number | null;
}

/** Kentico customers bound to these contacts (a contact may serve several guest customers). */
export async function customersForContacts(
  db: Db,
  contactIds: number[],
): Promise<Map<number, BoundCustomer[]>> {
  const rows = await db.query<{
    kentico_customer_guid: string;
    brightpearl_contact_id: number | string;
    contact_updated_on: Date | string | null;
  }>(
    `SELECT kentico_customer_guid, brightpearl_contact_id, contact_updated_on FROM customer_sync
       WHERE brightpearl_contact_id = ANY($1::bigint[])
     UNION ALL
     SELECT b.kentico_customer_guid, b.brightpearl_contact_id, NULL::timestamptz FROM contact_bindings b
       WHERE b.brightpearl_contact_id = ANY($1::bigint[])
         AND NOT EXISTS (SELECT 1 FROM customer_sync s WHERE s.kentico_customer_guid = b.kentico_customer_guid)`,
    [contactIds],
  );
  const map = new Map<number, BoundCustomer[]>();
  for (const row of rows) {
    const id = Number(row.brightpearl_contact_id);
    const seen =
      row.contact_updated_on === null ? null : new Date(row.contact_updated_on).getTime();
    map.set(id, [
      ...(map.get(id) ?? []),
      { customerGuid: row.kentico_customer_guid, seenUpdatedOn: seen },
    ]);
  }
  return map;
}

/**
 * Records what a sync agreed on. Hashes are merged group by group, so a group that landed is
 * remembered even when another group of the same customer was refused (and is retried alone).
 */
export async function rememberCustomerSync(
  db: Db,
  input: {
    customerGuid: string;
    contactId: number;
    hashes?: GroupHashes;
    /** The contact's updatedOn the sync read (the contact sweep skips it until it changes). */
    contactUpdatedOn?: string;
    /** The mapping version the customer sync ran with (ADR 0013). */
    mappingVersion?: number;
  },
): Promise<void> {
  await db.query(
    `INSERT INTO customer_sync (kentico_customer_guid, brightpearl_contact_id, group_hashes, contact_updated_on, mapping_version)
     VALUES ($1, $2, $3::jsonb, $4::timestamptz, $5)
     ON CONFLICT (kentico_customer_guid) DO UPDATE SET brightpearl_contact_id = EXCLUDED.brightpearl_contact_id,
       group_hashes = customer_sync.group_hashes || EXCLUDED.group_hashes,
       contact_updated_on = coalesce(EXCLUDED.contact_updated_on, customer_sync.contact_updated_on),
       mapping_version = coalesce(EXCLUDED.mapping_version, customer_sync.mapping_version), updated_at = now()`,
    [
      input.customerGuid,
      input.contactId,
      JSON.stringify(input.hashes ?? {}),
      input.contactUpdatedOn ?? null,
      input.mappingVersion ?? null,
    ],
  );
}

// node-postgres parses jsonb; a driver that hands back text is read too.
function jsonOf(value: GroupHashes | string | null): GroupHashes {
  if (value === null) return {};
  return typeof value === 'string' ? (JSON.parse(value) as GroupHashes) : value;
}
