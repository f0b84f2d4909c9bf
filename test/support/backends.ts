import { randomBytes } from 'node:crypto';

import { Client } from 'pg';

/**
 * The stores an end-to-end suite runs on: always the embedded PGlite; also a real Postgres when
 * the runner provides TEST_DATABASE_URL (CI starts one), each run in fresh schemas.
 */
export interface E2eBackend {
  name: 'pglite' | 'postgres';
  databaseUrl?: string;
  schema?: string;
}

export function e2eBackends(): E2eBackend[] {
  const url = process.env.TEST_DATABASE_URL;
  const backends: E2eBackend[] = [{ name: 'pglite' }];
  if (url)
    backends.push({
      name: 'postgres',
      databaseUrl: url,
      schema: `e2e_${randomBytes(5).toString('hex')}`,
    });
  return backends;
}

export async function dropBackendSchemas(backend: E2eBackend): Promise<void> {
  if (!backend.databaseUrl || !backend.schema) return;
  const client = new Client({ connectionString: backend.databaseUrl });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${backend.schema} CASCADE`);
    await client.query(`DROP SCHEMA IF EXISTS ${backend.schema}_pgboss CASCADE`);
  } finally {
    await client.end();
  }
}
