import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
  type Companion,
  createSilentLogger,
  loadLiveConfig,
  parseEnv,
  startCompanion,
} from '@bpkc/companion-service';
import { createBrightpearlSimulator, SANDBOX_MAPPING } from '@bpkc/sandbox';

import { waitFor } from '../support/wait-for';

/**
 * Live mode, pointed at an account the mapping does not fit: the start-up check names the wrong
 * values in the log and the process keeps running (the mapping is fixed from the admin).
 */
describe('live start-up with a mapping that does not fit the account', () => {
  const warnings: Array<{ message: string; fields: unknown }> = [];
  const logger = Object.assign(Object.create(createSilentLogger()), {
    warn: (message: string, fields?: unknown) => void warnings.push({ message, fields }),
  });
  const brightpearl = createBrightpearlSimulator({ accountCode: 'acme' });
  let server: { url: string; close(): Promise<void> };
  let companion: Companion;

  beforeAll(async () => {
    server = await brightpearl.listen();
    const dir = mkdtempSync(join(tmpdir(), 'bpkc-startup-check-'));
    const mappingFile = join(dir, 'mapping.json');
    const mapping = {
      ...SANDBOX_MAPPING,
      brightpearl: { ...SANDBOX_MAPPING.brightpearl, priceListId: 7 },
    };
    writeFileSync(mappingFile, JSON.stringify(mapping));
    const config = loadLiveConfig(
      parseEnv({
        BRIGHTPEARL_BASE_URL: new URL(server.url).origin,
        BRIGHTPEARL_ACCOUNT_CODE: 'acme',
        BRIGHTPEARL_APP_REF: 'app',
        BRIGHTPEARL_ACCOUNT_TOKEN: 'sandbox-token',
        // Nothing answers here: the Kentico side is reported unchecked, never fatal.
        KENTICO_BRIDGE_URL: 'http://127.0.0.1:1/bpconnect/v1',
        KENTICO_SHARED_SECRET: '3c9e1f7a05d24b86e0a5c7f19d2b4e83',
        MAPPING_FILE: mappingFile,
        PUBLIC_URL: 'https://companion.example.com',
        DATA_DIR: join(dir, 'store'),
        RECONCILE_SECONDS: '0',
        SWEEP_SECONDS: '0',
        STOCK_FULL_COMPARE_MINUTES: '0',
      }),
    );
    companion = await startCompanion(config, {
      logger,
      warmProductCache: false,
      connectOnListen: false,
    });
  });
  afterAll(async () => {
    await companion.stop();
    await server.close();
  });

  it('logs each wrong value once the check has run, and keeps serving', async () => {
    const found = await waitFor(() =>
      warnings.find(
        (w) => w.message === 'The mapping does not fit the connected Brightpearl account',
      ),
    );
    expect(found.fields).toMatchObject({
      reason: 'start-up',
      mappingVersion: 1,
      errors: 1,
      issues: expect.arrayContaining([
        'brightpearl.priceListId: Brightpearl price list 7 does not exist (the account has 0 "Cost (GBP, net)", 1 "Retail GBP (GBP, net)")',
      ]),
    });
    expect((await companion.status()).mode).toBe('live');
  });
});
