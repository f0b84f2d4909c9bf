import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import {
  createBrightpearlSimulator,
  createKenticoSimulator,
  defaultCatalog,
  SANDBOX_MAPPING,
} from '@bpkc/sandbox';
import { Client } from 'pg';

import { freePort } from '../hostile/free-port';

/**
 * The memory bench's simulators and the companion's environment, as the recovery bench's rig sets
 * them up (a fixed port, so Kentico keeps delivering across a restart).
 */
const TAX_CODES: Record<number, string> = { 20: 'T20', 5: 'T5', 0: 'Z' };

export async function simulators(
  input: { databaseUrl?: string; cap: number; dir: string },
  schema: string,
) {
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
      stock: { 2: 100_000 },
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
  const env: Record<string, string> = {
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
  };
  return { brightpearl, kentico, catalog, bridge, bp, env };
}

export async function dropSchemas(databaseUrl: string, schema: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.query(`DROP SCHEMA IF EXISTS ${schema}_pgboss CASCADE`);
  } finally {
    await client.end();
  }
}
