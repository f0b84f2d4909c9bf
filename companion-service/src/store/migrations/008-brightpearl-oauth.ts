import type { Migration } from './migration';

/**
 * The Brightpearl OAuth connection (one row per account code; tokens sealed with AES-256-GCM
 * by the application, never stored in clear) and the single-use `state` values of connects
 * in progress (only their SHA-256 is kept).
 */
export const brightpearlOAuthMigration: Migration = {
  version: 8,
  name: 'brightpearl-oauth',
  sql: `
CREATE TABLE brightpearl_oauth_connection (account_code text PRIMARY KEY, status text NOT NULL CHECK (status IN ('connected','reconnect-required')), access_token_sealed text NOT NULL, refresh_token_sealed text NOT NULL, api_domain text, expires_at timestamptz NOT NULL, installation_instance_id text, connected_at timestamptz NOT NULL, connected_by text NOT NULL, refreshed_at timestamptz, updated_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE brightpearl_oauth_states (state_hash text PRIMARY KEY, account_code text NOT NULL, requested_by text NOT NULL, expires_at timestamptz NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
CREATE INDEX brightpearl_oauth_states_expiry ON brightpearl_oauth_states (expires_at);
`,
};
