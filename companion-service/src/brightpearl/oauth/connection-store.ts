import type { Db } from '../../store';
import type { TokenCipher } from './token-cipher';
import type { TokenGrant } from './token-response';

export type ConnectionStatus = 'connected' | 'reconnect-required';

/** What may be shown: everything but the tokens. */
export interface ConnectionSummary {
  status: ConnectionStatus;
  apiDomain: string | null;
  expiresAt: Date;
  installationInstanceId: string | null;
  connectedAt: Date;
  connectedBy: string;
  /** When the current tokens came from a refresh (null: straight from a connect). */
  refreshedAt: Date | null;
}

/** The connection with its tokens opened; lives in memory only, never logged. */
export interface StoredConnection extends ConnectionSummary {
  accessToken: string;
  refreshToken: string;
}

interface ConnectionRow {
  status: ConnectionStatus;
  access_token_sealed: string;
  refresh_token_sealed: string;
  api_domain: string | null;
  expires_at: Date | string;
  installation_instance_id: string | null;
  connected_at: Date | string;
  connected_by: string;
  refreshed_at: Date | string | null;
}

const COLUMNS = `status, access_token_sealed, refresh_token_sealed, api_domain, expires_at,
  installation_instance_id, connected_at, connected_by, refreshed_at`;

/** The brightpearl_oauth_connection row of one account; tokens sealed on write, opened on read. */
export interface ConnectionStore {
  summary(db: Db): Promise<ConnectionSummary | null>;
  /** `lock`: FOR UPDATE, so refreshers on every instance queue on the row (inside a transaction). */
  read(db: Db, options?: { lock?: boolean }): Promise<StoredConnection | null>;
  /** A completed connect: replaces whatever was there. */
  saveConnected(
    db: Db,
    input: { grant: TokenGrant; connectedBy: string; now: Date },
  ): Promise<void>;
  /** A completed refresh: new tokens and expiry; installation and connector are kept. */
  saveRefreshed(db: Db, input: { grant: TokenGrant; now: Date }): Promise<void>;
  /**
   * Only the merchant's consent can give the connection a future: Brightpearl refused the
   * refresh token, or refreshing no longer extends the token's life. The tokens stay and are
   * used until the access token expires; nothing refreshes them again.
   */
  markReconnectRequired(db: Db): Promise<void>;
}

export function createConnectionStore(input: {
  cipher: TokenCipher;
  accountCode: string;
}): ConnectionStore {
  const { cipher, accountCode } = input;
  // The account is bound into the sealed value: a row copied to another account won't open.
  const purpose = (kind: 'access' | 'refresh') => `brightpearl-oauth:${accountCode}:${kind}`;
  const seal = (grant: TokenGrant) => [
    cipher.seal(grant.accessToken, purpose('access')),
    cipher.seal(grant.refreshToken, purpose('refresh')),
  ];
  const expiry = (grant: TokenGrant, now: Date) =>
    new Date(now.getTime() + grant.expiresInSeconds * 1000).toISOString();
  const select = async (db: Db, lock: boolean) => {
    const [row] = await db.query<ConnectionRow>(
      `SELECT ${COLUMNS} FROM brightpearl_oauth_connection WHERE account_code = $1
       ${lock ? 'FOR UPDATE' : ''}`,
      [accountCode],
    );
    return row ?? null;
  };

  return {
    async summary(db) {
      const row = await select(db, false);
      return row ? toSummary(row) : null;
    },
    async read(db, options = {}) {
      const row = await select(db, options.lock === true);
      if (!row) return null;
      return {
        ...toSummary(row),
        accessToken: cipher.open(row.access_token_sealed, purpose('access')),
        refreshToken: cipher.open(row.refresh_token_sealed, purpose('refresh')),
      };
    },
    async saveConnected(db, { grant, connectedBy, now }) {
      await db.query(
        `INSERT INTO brightpearl_oauth_connection (account_code, status, access_token_sealed,
           refresh_token_sealed, api_domain, expires_at, installation_instance_id, connected_at,
           connected_by)
         VALUES ($1, 'connected', $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (account_code) DO UPDATE SET status = 'connected',
           access_token_sealed = EXCLUDED.access_token_sealed,
           refresh_token_sealed = EXCLUDED.refresh_token_sealed, api_domain = EXCLUDED.api_domain,
           expires_at = EXCLUDED.expires_at,
           installation_instance_id = EXCLUDED.installation_instance_id,
           connected_at = EXCLUDED.connected_at, connected_by = EXCLUDED.connected_by,
           refreshed_at = NULL, updated_at = now()`,
        [
          accountCode,
          ...seal(grant),
          grant.apiDomain,
          expiry(grant, now),
          grant.installationInstanceId,
          now.toISOString(),
          connectedBy,
        ],
      );
    },
    async saveRefreshed(db, { grant, now }) {
      await db.query(
        `UPDATE brightpearl_oauth_connection SET access_token_sealed = $2,
           refresh_token_sealed = $3, api_domain = COALESCE($4, api_domain), expires_at = $5,
           refreshed_at = $6, updated_at = now()
         WHERE account_code = $1`,
        [accountCode, ...seal(grant), grant.apiDomain, expiry(grant, now), now.toISOString()],
      );
    },
    async markReconnectRequired(db) {
      await db.query(
        `UPDATE brightpearl_oauth_connection SET status = 'reconnect-required', updated_at = now()
         WHERE account_code = $1`,
        [accountCode],
      );
    },
  };
}

function toSummary(row: ConnectionRow): ConnectionSummary {
  return {
    status: row.status,
    apiDomain: row.api_domain,
    expiresAt: new Date(row.expires_at),
    installationInstanceId: row.installation_instance_id,
    connectedAt: new Date(row.connected_at),
    connectedBy: row.connected_by,
    refreshedAt: row.refreshed_at === null ? null : new Date(row.refreshed_at),
  };
}
