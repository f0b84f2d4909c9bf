import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { join, resolve } from 'node:path';

import { createSilentLogger, openStore } from '@bpkc/companion-service';
import {
  createBrightpearlSimulator,
  createKenticoSimulator,
  defaultCatalog,
  SANDBOX_MAPPING,
} from '@bpkc/sandbox';
import { Client } from 'pg';

import { type CompanionProcess, companionProcess } from '../chaos/companion-process';
import { freePort } from '../hostile/free-port';

export interface IntakeRig {
  eventsUrl: string;
  secret: string;
  companion: CompanionProcess;
  /** Kentico events in the companion's inbox; call after companion.stop() (PGlite is in-process). */
  storedKentico(): Promise<number>;
  close(): Promise<void>;
}

/**
 * ONE companion as a real child process on a fresh schema of Postgres (or on embedded PGlite in
 * its own folder), with both simulators here so it starts in live mode. Its workers run as in
 * production and take the jobs intake creates. `flows: 'waiting'` gives them a Kentico that
 * accepts connections and never answers — at peak the flows wait (on the Brightpearl budget)
 * rather than burn CPU — so the figure is intake's own; `'live'`: the Kentico simulator, which
 * does not know the bench's records, so every job fails fast into a dead letter beside intake.
 */
export async function startIntakeRig(input: {
  databaseUrl?: string;
  dir: string;
  logLevel: string;
  flows: 'waiting' | 'live';
  env: Record<string, string>;
}): Promise<IntakeRig> {
  const schema = `intake_${randomBytes(5).toString('hex')}`;
  const port = await freePort();
  const secret = randomBytes(32).toString('hex');
  const brightpearl = createBrightpearlSimulator({ cap: 100_000, seed: 13 });
  brightpearl.seedProducts(
    defaultCatalog(10).map((item) => ({
      sku: item.sku,
      name: item.name,
      price: item.unitPrice.toFixed(2),
      taxCode: 'T20',
      stockTracked: true,
      stock: { 2: 1_000 },
    })),
  );
  const bp = await brightpearl.listen(0, '127.0.0.1');
  const kentico = createKenticoSimulator({ secret, seed: 13 });
  const bridge = await kentico.listen(0, '127.0.0.1');
  const silent = await silentServer();
  const companionUrl = `http://127.0.0.1:${port}`;
  const mappingFile = join(input.dir, 'mapping.json');
  writeFileSync(mappingFile, JSON.stringify(SANDBOX_MAPPING, null, 2));
  const dataDir = join(input.dir, 'companion-data');
  const companion = companionProcess({
    repoRoot: resolve(__dirname, '../..'),
    logFile: join(input.dir, 'companion.log'),
    env: {
      PORT: String(port),
      BRIGHTPEARL_BASE_URL: new URL(bp.url).origin,
      BRIGHTPEARL_ACCOUNT_CODE: 'sandbox',
      BRIGHTPEARL_APP_REF: 'x',
      BRIGHTPEARL_ACCOUNT_TOKEN: 'sandbox-token',
      BRIGHTPEARL_REQUEST_CAP: '100000',
      KENTICO_BRIDGE_URL: input.flows === 'live' ? bridge.url : silent.url,
      KENTICO_SHARED_SECRET: secret,
      MAPPING_FILE: mappingFile,
      PUBLIC_URL: companionUrl,
      HOST: '127.0.0.1',
      ...(input.databaseUrl ? { DATABASE_URL: input.databaseUrl, DATABASE_SCHEMA: schema } : {}),
      DATA_DIR: dataDir,
      LOG_LEVEL: input.logLevel,
      ...input.env,
    },
  });
  const sql = async <T>(text: string): Promise<T[]> => {
    const client = new Client({ connectionString: input.databaseUrl });
    await client.connect();
    try {
      return (await client.query(text)).rows as T[];
    } finally {
      await client.end();
    }
  };
  const countQuery = `SELECT count(*)::int AS n FROM inbox_events WHERE source = 'kentico'`;
  return {
    eventsUrl: `${companionUrl}/webhooks/kentico`,
    secret,
    companion,
    async storedKentico() {
      if (input.databaseUrl) {
        const [row] = await sql<{ n: number }>(
          countQuery.replace('inbox_events', `${schema}.inbox_events`),
        );
        return row?.n ?? 0;
      }
      const store = await openStore({ dataDir, logger: createSilentLogger() });
      try {
        const [row] = await store.query<{ n: number }>(countQuery);
        return row?.n ?? 0;
      } finally {
        await store.close();
      }
    },
    async close() {
      // Waiting calls fail at once, so the stop does not wait out their timeouts.
      await silent.close();
      await companion.stop().catch(() => undefined);
      await kentico.close();
      await bridge.close();
      await bp.close();
      await brightpearl.close();
      if (!input.databaseUrl) return;
      await sql(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await sql(`DROP SCHEMA IF EXISTS ${schema}_pgboss CASCADE`);
    },
  };
}

/** Accepts connections, reads nothing back: a Kentico whose every call waits (until close). */
async function silentServer(): Promise<{ url: string; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((done) => server.close(done));
    },
  };
}
