import type { Db } from '../../store';
import { getOrCreateSetting } from '../../store/installation-settings';
import { emailHash } from '../orders/contact-bindings';

/** The hash the e-mail cache uses too; a contact without a primary e-mail has none. */
export const emailHashOrNull = (email: string | null): string | null =>
  email && email.trim() ? emailHash(email) : null;

/**
 * Records what a refresh read, and moves its watermark forward only, together: a crash between
 * the two would otherwise move the watermark past rows never stored.
 */
export async function storeContactEmails(
  db: Db,
  input: {
    rows: Array<{ contactId: number; emailHash: string | null; updatedOn: string }>;
    key: string;
    newest: string | undefined;
  },
): Promise<void> {
  await db.transaction(async (tx) => {
    if (input.rows.length > 0) {
      // Another instance's refresh may land later with an older read: never go back in time.
      await tx.query(
        `INSERT INTO contact_email_index (brightpearl_contact_id, email_hash, contact_updated_on)
         SELECT * FROM unnest($1::bigint[], $2::text[], $3::timestamptz[])
         ON CONFLICT (brightpearl_contact_id) DO UPDATE SET email_hash = EXCLUDED.email_hash,
           contact_updated_on = EXCLUDED.contact_updated_on, updated_at = now()
         WHERE contact_email_index.contact_updated_on <= EXCLUDED.contact_updated_on`,
        [
          input.rows.map((row) => row.contactId),
          input.rows.map((row) => row.emailHash),
          input.rows.map((row) => new Date(Date.parse(row.updatedOn)).toISOString()),
        ],
      );
    }
    if (input.newest === undefined) return;
    await tx.query(
      `UPDATE installation_settings SET value = $2, updated_at = now()
       WHERE key = $1 AND value::timestamptz < $2::timestamptz`,
      [input.key, input.newest],
    );
  });
}

/** Marks that a read of every contact has completed once (an empty account moves no watermark). */
export async function markContactEmailsBuilt(db: Db, key: string): Promise<void> {
  await getOrCreateSetting(db, { key: `${key}:built`, create: () => new Date().toISOString() });
}

export async function contactEmailsBuilt(db: Db, key: string): Promise<boolean> {
  const rows = await db.query(`SELECT 1 FROM installation_settings WHERE key = $1`, [
    `${key}:built`,
  ]);
  return rows.length > 0;
}
