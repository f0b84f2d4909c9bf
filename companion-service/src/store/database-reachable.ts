import pg from 'pg';

/** How long the start-up check waits for Postgres to answer before naming DATABASE_URL. */
const CONNECT_TIMEOUT_MS = 15_000;

/**
 * Postgres could not be reached with DATABASE_URL (refused, unknown host, bad credentials,
 * timeout). The message names the setting and shows the URL without its password.
 * Retryable: the database may simply not be up yet; a restart later can succeed.
 */
export class DatabaseUnreachableError extends Error {
  override readonly name = 'DatabaseUnreachableError';
  readonly retryable = true;

  constructor(databaseUrl: string, cause: unknown) {
    super(
      `Cannot connect to the database in DATABASE_URL (${redactDatabaseUrl(databaseUrl)}): ` +
        scrub(cause instanceof Error ? cause.message : String(cause), databaseUrl),
    );
  }
}

/** The URL as safe to print: its password replaced, or nothing of it when it does not parse. */
export function redactDatabaseUrl(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return 'not a URL; shown without its value';
  }
}

/** Driver messages should not carry the secret, but must never pass it on if one does. */
function scrub(message: string, databaseUrl: string): string {
  let password = '';
  try {
    password = decodeURIComponent(new URL(databaseUrl).password);
  } catch {
    // Not a URL: only the whole value can be recognised below.
  }
  const secrets = [databaseUrl, password].filter((secret) => secret.length > 0);
  return secrets.reduce((text, secret) => text.split(secret).join('***'), message);
}

/** One connection with a deadline: a wrong DATABASE_URL stops the start naming the setting. */
export async function assertDatabaseReachable(databaseUrl: string): Promise<void> {
  let client: pg.Client | undefined;
  try {
    client = new pg.Client({
      connectionString: databaseUrl,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    });
    // A connection dropping during the check is reported by connect()/query(), not as an event.
    client.on('error', () => undefined);
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw new DatabaseUnreachableError(databaseUrl, error);
  } finally {
    await client?.end().catch(() => undefined);
  }
}
