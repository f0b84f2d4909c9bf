import { createHash, randomBytes } from 'node:crypto';

import type { Db } from '../../store';

/** How long a started connect may take before its `state` is refused. */
export const STATE_TTL_MS = 10 * 60_000;

/**
 * The OAuth `state` (CSRF protection, ARCHITECTURE §7): 256 random bits handed to the browser,
 * only their SHA-256 stored, tied to the admin user who started the connect, usable once and
 * for 10 minutes. A callback whose state we did not issue is refused before any token call.
 */
export interface AuthorizeStates {
  create(db: Db, input: { requestedBy: string; now: Date }): Promise<string>;
  /** Deletes and returns the matching unexpired state; null when unknown, used or expired. */
  consume(db: Db, input: { state: string; now: Date }): Promise<{ requestedBy: string } | null>;
}

export function createAuthorizeStates(accountCode: string): AuthorizeStates {
  return {
    async create(db, { requestedBy, now }) {
      const state = randomBytes(32).toString('base64url');
      // Abandoned connects would pile up otherwise; this table stays tiny.
      await db.query(`DELETE FROM brightpearl_oauth_states WHERE expires_at <= $1`, [
        now.toISOString(),
      ]);
      await db.query(
        `INSERT INTO brightpearl_oauth_states (state_hash, account_code, requested_by, expires_at)
         VALUES ($1, $2, $3, $4)`,
        [
          hash(state),
          accountCode,
          requestedBy,
          new Date(now.getTime() + STATE_TTL_MS).toISOString(),
        ],
      );
      return state;
    },
    async consume(db, { state, now }) {
      // One statement: two callbacks racing with the same state cannot both win.
      const [row] = await db.query<{ requested_by: string }>(
        `DELETE FROM brightpearl_oauth_states
         WHERE state_hash = $1 AND account_code = $2 AND expires_at > $3
         RETURNING requested_by`,
        [hash(state), accountCode, now.toISOString()],
      );
      return row ? { requestedBy: row.requested_by } : null;
    },
  };
}

function hash(state: string): string {
  return createHash('sha256').update(state, 'utf8').digest('hex');
}
