import type { Db } from '../../store';

export interface CustomerSyncRow {
  customerGuid: string;
  contactId: number;
  identityHash: string | null;
  creditHash: string | null;
}

/** The contact of a Kentico customer: from earlier customer syncs, else from its orders. */
export async function findCustomerSync(
  db: Db,
  customerGuid: string,
): Promise<CustomerSyncRow | undefined> {
  const rows = await db.query<{
    brightpearl_contact_id: number | string;
    identity_hash: string | null;
    credit_hash: string | null;
  }>(
    `SELECT brightpearl_contact_id, identity_hash, credit_hash FROM customer_sync WHERE kentico_customer_guid = $1
     UNION ALL
     SELECT brightpearl_contact_id, NULL, NULL FROM contact_bindings WHERE kentico_customer_guid = $1
     LIMIT 1`,
    [customerGuid],
  );
  const row = rows[0];
  return row
    ? {
        customerGuid,
        contactId: Number(row.brightpearl_contact_id),
        identityHash: row.identity_hash,
        creditHash: row.credit_hash,
      }
    : undefined;
}

/** Kentico customers bound to these contacts (a contact may serve several guest customers). */
export async function customersForContacts(
  db: Db,
  contactIds: number[],
): Promise<Map<number, string[]>> {
  const rows = await db.query<{
    kentico_customer_guid: string;
    brightpearl_contact_id: number | string;
  }>(
    `SELECT kentico_customer_guid, brightpearl_contact_id FROM customer_sync WHERE brightpearl_contact_id = ANY($1::bigint[])
     UNION
     SELECT kentico_customer_guid, brightpearl_contact_id FROM contact_bindings WHERE brightpearl_contact_id = ANY($1::bigint[])`,
    [contactIds],
  );
  const map = new Map<number, string[]>();
  for (const row of rows) {
    const id = Number(row.brightpearl_contact_id);
    map.set(id, [...(map.get(id) ?? []), row.kentico_customer_guid]);
  }
  return map;
}

export async function rememberCustomerSync(
  db: Db,
  input: {
    customerGuid: string;
    contactId: number;
    identityHash?: string;
    creditHash?: string;
    /** The mapping version the customer sync ran with (ADR 0013). */
    mappingVersion?: number;
  },
): Promise<void> {
  await db.query(
    `INSERT INTO customer_sync (kentico_customer_guid, brightpearl_contact_id, identity_hash, credit_hash, mapping_version)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (kentico_customer_guid) DO UPDATE SET brightpearl_contact_id = EXCLUDED.brightpearl_contact_id,
       identity_hash = coalesce($3, customer_sync.identity_hash),
       credit_hash = coalesce($4, customer_sync.credit_hash),
       mapping_version = coalesce($5, customer_sync.mapping_version), updated_at = now()`,
    [
      input.customerGuid,
      input.contactId,
      input.identityHash ?? null,
      input.creditHash ?? null,
      input.mappingVersion ?? null,
    ],
  );
}
