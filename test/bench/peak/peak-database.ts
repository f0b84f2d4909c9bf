import { randomBytes } from 'node:crypto';

import { Client } from 'pg';

/** A fresh database of the bench's own on the given server, dropped afterwards. */
export interface PeakDatabase {
  readonly url: string;
  drop(): Promise<void>;
}

async function onServer(serverUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** `serverUrl` names any database on the server (TEST_DATABASE_URL's is fine): only its host is used. */
export async function createPeakDatabase(serverUrl: string): Promise<PeakDatabase> {
  // A random suffix: two benches (or a crashed earlier one) never share or drop each other's.
  const name = `bench_peak_${randomBytes(4).toString('hex')}`;
  await onServer(serverUrl, `CREATE DATABASE ${name}`).catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`bench:peak needs Postgres at ${serverUrl} (TEST_DATABASE_URL): ${reason}`);
  });
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    // FORCE: a companion killed mid-run may leave a connection the server has not closed yet.
    drop: () => onServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}
