import type { Migration } from './migration';

/**
 * Admin API: the audit log of operator actions (replay, discard, resend, mapping changes) and
 * the versioned mapping (every change kept with who and when; versions only grow).
 */
export const adminMigration: Migration = {
  version: 5,
  name: 'admin',
  sql: `
CREATE TABLE audit_log (id bigserial PRIMARY KEY, at timestamptz NOT NULL DEFAULT now(), actor text NOT NULL, action text NOT NULL, target text NOT NULL, details jsonb);
CREATE INDEX audit_log_target_idx ON audit_log (target, id);
CREATE TABLE mapping_versions (version int PRIMARY KEY CHECK (version > 0), mapping jsonb NOT NULL, author text NOT NULL, comment text, created_at timestamptz NOT NULL DEFAULT now());
`,
};
