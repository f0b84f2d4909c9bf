import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

import {
  type BrightpearlSimulator,
  type CatalogItem,
  createBrightpearlSimulator,
  createKenticoSimulator,
  defaultCatalog,
  type KenticoSimulator,
  SANDBOX_MAPPING,
} from '@bpkc/sandbox';
import { Client } from 'pg';

import { type CompanionProcess, companionProcess } from '../chaos/companion-process';

const TAX_CODES: Record<number, string> = { 20: 'T20', 5: 'T5', 0: 'Z' };

export interface RecoveryRig {
  brightpearl: BrightpearlSimulator;
  kentico: KenticoSimulator;
  catalog: CatalogItem[];
  companion: CompanionProcess;
  /** Jobs pg-boss has 'active' now (after a SIGKILL: the ones the dead process held). */
  activeJobs(): Promise<number | null>;
  close(): Promise<void>;
}

/**
 * Both simulators in this process and ONE companion as a real child process (so SIGKILL is a
 * real crash) on a fresh schema of the shared Postgres. Its port is fixed, so Kentico's outbox
 * keeps delivering to the same address across the restart.
 */
export async function startRecoveryRig(input: {
  /** Absent: the companion runs on embedded PGlite in its DATA_DIR (one process). */
  databaseUrl?: string;
  cap: number;
  dir: string;
}): Promise<RecoveryRig> {
  const schema = `recovery_${randomBytes(5).toString('hex')}`;
  const port = await freePort();
  const secret = randomBytes(32).toString('hex');
  const catalog = defaultCatalog(40);
  const brightpearl = createBrightpearlSimulator({ cap: input.cap, seed: 11 });
  brightpearl.seedProducts(
    catalog.map((item) => ({
      sku: item.sku,
      name: item.name,
      price: item.unitPrice.toFixed(2),
      taxCode: TAX_CODES[item.taxRate] ?? 'T20',
      stockTracked: true,
      stock: { 2: 1_000 },
    })),
  );
  const bp = await brightpearl.listen(0, '127.0.0.1');
  const kentico = createKenticoSimulator({
    secret,
    seed: 11,
    retry: { initialMs: 200, maxMs: 1000 },
  });
  const bridge = await kentico.listen(0, '127.0.0.1');
  const companionUrl = `http://127.0.0.1:${port}`;
  kentico.setCompanionEventsUrl(`${companionUrl}/webhooks/kentico`);
  const mappingFile = join(input.dir, 'mapping.json');
  writeFileSync(mappingFile, JSON.stringify(SANDBOX_MAPPING, null, 2));
  const companion = companionProcess({
    repoRoot: resolve(__dirname, '../..'),
    logFile: join(input.dir, 'companion.log'),
    env: {
      PORT: String(port),
      BRIGHTPEARL_BASE_URL: new URL(bp.url).origin,
      BRIGHTPEARL_ACCOUNT_CODE: 'sandbox',
      BRIGHTPEARL_APP_REF: 'x',
      BRIGHTPEARL_ACCOUNT_TOKEN: 'sandbox-token',
      BRIGHTPEARL_REQUEST_CAP: String(input.cap),
      KENTICO_BRIDGE_URL: bridge.url,
      KENTICO_SHARED_SECRET: secret,
      MAPPING_FILE: mappingFile,
      PUBLIC_URL: companionUrl,
      HOST: '127.0.0.1',
      ...(input.databaseUrl ? { DATABASE_URL: input.databaseUrl, DATABASE_SCHEMA: schema } : {}),
      DATA_DIR: join(input.dir, 'companion-data'),
      LOG_LEVEL: 'info',
      SYNC_COALESCE_MS: '100',
    },
  });
  const sql = async <T>(text: string): Promise<T[]> => {
    // PGlite lives inside the companion: nothing to read from outside, nothing to drop.
    if (!input.databaseUrl) return [];
    const client = new Client({ connectionString: input.databaseUrl });
    await client.connect();
    try {
      return (await client.query(text)).rows as T[];
    } finally {
      await client.end();
    }
  };
  return {
    brightpearl,
    kentico,
    catalog,
    companion,
    activeJobs: async () => {
      const [row] = await sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM ${schema}_pgboss.job WHERE state = 'active'`,
      );
      return input.databaseUrl ? (row?.n ?? 0) : null;
    },
    async close() {
      await companion.stop().catch(() => undefined);
      await kentico.close();
      await bridge.close();
      await bp.close();
      await brightpearl.close();
      await sql(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await sql(`DROP SCHEMA IF EXISTS ${schema}_pgboss CASCADE`);
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}
