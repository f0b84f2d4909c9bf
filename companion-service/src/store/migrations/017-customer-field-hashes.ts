import type { Migration } from './migration';

/**
 * Customer sync per field group (issue 11). Each group Kentico owns is its own PATCH, so one
 * Brightpearl refusal blocks no other group: `group_hashes` holds the agreed hash per group
 * (name, email, phone, credit), written as each group lands. `identity_hash` is only read, for
 * rows written before this (field-groups.ts adopts it). `contact_updated_on` is the contact's
 * updatedOn the customer last saw, so the contact sweep skips a contact it has already read.
 * Credit terms are Brightpearl's only (Brightpearl documents no PATCH path for them): stored
 * mappings that gave them to Kentico are read as Brightpearl-owned.
 */
export const customerFieldHashesMigration: Migration = {
  version: 17,
  name: 'customer-field-hashes',
  sql: `
ALTER TABLE customer_sync ADD COLUMN group_hashes jsonb NOT NULL DEFAULT '{}'::jsonb;
ALTER TABLE customer_sync ADD COLUMN contact_updated_on timestamptz;
UPDATE customer_sync SET group_hashes = jsonb_build_object('credit', credit_hash) WHERE credit_hash IS NOT NULL;
UPDATE mapping_versions SET mapping = jsonb_set(mapping, '{customers,credit}', '"brightpearl"') WHERE mapping->'customers'->>'credit' = 'kentico';
`,
};
