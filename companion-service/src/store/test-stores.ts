import { randomBytes } from 'node:crypto';

import type { Logger } from '../observability/logger';
import type { Store } from './db';
import { openStore } from './open-store';

/** Test helper: the engines a suite runs on. Postgres only when the runner injects its URL. */
export interface TestBackend {
  name: 'pglite' | 'postgres';
  databaseUrl?: string;
}

export function testBackends(postgresUrl: string | undefined): TestBackend[] {
  const backends: TestBackend[] = [{ name: 'pglite' }];
  if (postgresUrl) backends.push({ name: 'postgres', databaseUrl: postgresUrl });
  return backends;
}

export interface TestStore {
  store: Store;
  /** Postgres: a fresh schema for our tables, so parallel runs never see each other's rows. */
  schema?: string;
  /** Postgres: the pg-boss schema to use with this store, dropped with it. */
  bossSchema?: string;
  dispose(): Promise<void>;
}

/** In-memory PGlite, or a uniquely named schema on the real Postgres (dropped by `dispose`). */
export async function openTestStore(backend: TestBackend, logger: Logger): Promise<TestStore> {
  if (!backend.databaseUrl) {
    const store = await openStore({ logger });
    return { store, dispose: () => store.close() };
  }
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const bossSchema = `${schema}_boss`;
  const store = await openStore({ databaseUrl: backend.databaseUrl, schema, logger });
  const dispose = async (): Promise<void> => {
    await store.exec(
      `DROP SCHEMA IF EXISTS ${schema} CASCADE; DROP SCHEMA IF EXISTS ${bossSchema} CASCADE`,
    );
    await store.close();
  };
  return { store, schema, bossSchema, dispose };
}
