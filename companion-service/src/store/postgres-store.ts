import pg from 'pg';

import type { Logger } from '../observability/logger';
import { settleTransaction, trackTransaction } from './commit-hooks';
import { assertDatabaseReachable } from './database-reachable';
import type { Row, SqlSession, Store } from './db';

const INT8_OID = 20;

/** Each instance holds this pool and the queue's: keep both small (DATABASE_POOL_MAX). */
export const DEFAULT_POOL_MAX = 5;

/**
 * node-postgres returns int8 as a string while PGlite returns a number (bigint past 2^53);
 * callers must see the same types on both engines, so pg is taught PGlite's rule.
 */
const types: pg.CustomTypesConfig = {
  getTypeParser: (oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID && format !== 'binary' ? parseInt8 : pg.types.getTypeParser(oid, format),
};

function parseInt8(value: string): number | bigint {
  const n = Number(value);
  return Number.isSafeInteger(n) ? n : BigInt(value);
}

export async function openPostgresStore(options: {
  databaseUrl: string;
  schema?: string;
  poolMax?: number;
  logger: Logger;
}): Promise<Store> {
  const { schema, logger } = options;
  if (schema !== undefined) assertIdentifier(schema);
  await assertDatabaseReachable(options.databaseUrl);
  const pool = new pg.Pool({
    connectionString: options.databaseUrl,
    max: options.poolMax ?? DEFAULT_POOL_MAX,
    types,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle client losing its connection emits on the pool; unhandled, that kills the process.
  pool.on('error', (error) => logger.warn('Postgres idle client error', { error: error.message }));
  if (schema) await createSchema(pool, schema);
  logger.info('Store opened', { kind: 'postgres', schema: schema ?? 'default' });
  return new PostgresStore(pool);
}

class PostgresStore implements Store {
  readonly kind = 'postgres';

  constructor(private readonly pool: pg.Pool) {}

  async query<T = Row>(sql: string, params?: unknown[]): Promise<T[]> {
    return (await this.pool.query(sql, params)).rows as T[];
  }

  async exec(sql: string): Promise<Row[]> {
    return lastRows(await this.pool.query(sql));
  }

  async transaction<T>(work: (tx: SqlSession) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    const tx = clientSession(client);
    trackTransaction(tx);
    try {
      await client.query('BEGIN');
      const result = await work(tx);
      await client.query('COMMIT');
      client.release();
      settleTransaction(tx, true);
      return result;
    } catch (error) {
      settleTransaction(tx, false);
      await rollbackAndRelease(client);
      throw error;
    }
  }

  async close(): Promise<void> {
    if (!this.pool.ended && !this.pool.ending) await this.pool.end();
  }
}

/** A client whose ROLLBACK fails is in an unknown state: destroy it rather than reuse it. */
async function rollbackAndRelease(client: pg.PoolClient): Promise<void> {
  try {
    await client.query('ROLLBACK');
    client.release();
  } catch (error) {
    client.release(error instanceof Error ? error : true);
  }
}

function clientSession(client: pg.PoolClient): SqlSession {
  const tx: SqlSession = {
    query: async <T = Row>(sql: string, params?: unknown[]) =>
      (await client.query(sql, params)).rows as T[],
    exec: async (sql: string) => lastRows(await client.query(sql)),
    transaction: (work) => work(tx),
  };
  return tx;
}

/** A multi-statement query resolves to an array of results. */
function lastRows(result: pg.QueryResult | pg.QueryResult[]): Row[] {
  const last = Array.isArray(result) ? result.at(-1) : result;
  return (last?.rows ?? []) as Row[];
}

async function createSchema(pool: pg.Pool, schema: string): Promise<void> {
  try {
    await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  } catch (error) {
    // Two instances creating it at the same moment: the loser sees a duplicate, which is fine.
    if ((error as { code?: string }).code !== '23505') throw error;
  }
}

export function assertIdentifier(name: string): void {
  if (!/^[a-z_][a-z0-9_]{0,49}$/.test(name)) throw new Error(`Invalid schema name: ${name}`);
}
