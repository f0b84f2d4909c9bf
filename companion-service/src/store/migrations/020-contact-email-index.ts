import type { Migration } from './migration';

/**
 * Every Brightpearl contact's primary e-mail, by hash (no addresses are stored): one search
 * for the contacts changed since the last look answers "is this e-mail new?" for every new
 * customer waiting at that moment, instead of one search per e-mail (issue 13).
 */
export const contactEmailIndexMigration: Migration = {
  version: 20,
  name: 'contact-email-index',
  sql: `
CREATE TABLE contact_email_index (
  brightpearl_contact_id BIGINT PRIMARY KEY,
  email_hash TEXT,
  contact_updated_on TIMESTAMPTZ NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX contact_email_index_hash ON contact_email_index (email_hash);
`,
};
