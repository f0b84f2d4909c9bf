import { createHash } from 'node:crypto';

import type { BrightpearlContactId } from '@bpkc/shared-types';

import type { Db } from '../../store';

/** E-mails are matched by hash, so the companion's tables hold no customer e-mail addresses. */
export const emailHash = (email: string): string =>
  createHash('sha256').update(email.trim().toLowerCase()).digest('hex');

export const boundContact = (db: Db, customerGuid: string) =>
  lookupContactId(db, {
    table: 'contact_bindings',
    column: 'kentico_customer_guid',
    key: customerGuid,
  });

export const cachedContactForEmail = (db: Db, hash: string) =>
  lookupContactId(db, { table: 'email_contact_cache', column: 'email_hash', key: hash });

// Table and column come from the two callers above, never from input.
async function lookupContactId(
  db: Db,
  { table, column, key }: { table: string; column: string; key: string },
): Promise<BrightpearlContactId | undefined> {
  const rows = await db.query<{ brightpearl_contact_id: string | number }>(
    `SELECT brightpearl_contact_id FROM ${table} WHERE ${column} = $1`,
    [key],
  );
  return rows[0] ? (Number(rows[0].brightpearl_contact_id) as BrightpearlContactId) : undefined;
}

export async function bindContact(
  db: Db,
  input: { customerGuid: string; emailHash: string; contactId: number },
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO contact_bindings (kentico_customer_guid, brightpearl_contact_id, email_hash)
       VALUES ($1, $2, $3) ON CONFLICT (kentico_customer_guid) DO UPDATE
       SET brightpearl_contact_id = EXCLUDED.brightpearl_contact_id, email_hash = EXCLUDED.email_hash,
           updated_at = now()`,
      [input.customerGuid, input.contactId, input.emailHash],
    );
    await tx.query(
      `INSERT INTO email_contact_cache (email_hash, brightpearl_contact_id) VALUES ($1, $2)
       ON CONFLICT (email_hash) DO UPDATE SET brightpearl_contact_id = EXCLUDED.brightpearl_contact_id,
         updated_at = now()`,
      [input.emailHash, input.contactId],
    );
  });
}
