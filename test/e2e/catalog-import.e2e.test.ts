import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { type SandboxRig, startSandbox } from '@bpkc/sandbox';

import { waitForCatalogImport } from '../support/stock-helpers';
import { waitFor } from '../support/wait-for';

describe('catalog import: Brightpearl → Kentico', () => {
  let rig: SandboxRig;
  const dataDir = mkdtempSync(join(tmpdir(), 'bpkc-catalog-'));

  beforeAll(async () => {
    rig = await startSandbox({
      cap: 100_000,
      catalogSize: 5_000,
      seed: 4,
      dataDir,
      warmProductCache: false,
    });
  });
  afterAll(async () => {
    await rig.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('imports 5,000 SKUs completely and resumes after a restart without duplicates', async () => {
    await waitFor(
      async () => ((await rig.companion.status()).catalog.import?.imported ?? 0) >= 1_000,
      {
        timeoutMs: 120_000,
      },
    );
    await rig.restartCompanion();
    await waitForCatalogImport(rig, 300_000);

    const products = rig.kentico.listProducts();
    expect(products).toHaveLength(5_000);
    expect(new Set(products.map((product) => product.sku)).size).toBe(5_000);
    const bySku = new Map(products.map((product) => [product.sku, product]));
    for (const item of rig.catalog) {
      const product = bySku.get(item.sku)!;
      expect(product.name).toBe(item.name);
      expect(product.price).toBe(Number(item.unitPrice.toFixed(2)));
      expect(product.brightpearlProductId).toBeGreaterThan(0);
    }
    const status = await rig.companion.status();
    expect(status.catalog.import).toMatchObject({ status: 'finished', imported: 5_000, pages: 25 });
    // Resumed, not restarted: 25 pages of 200, at most one of them written twice.
    expect(rig.kentico.requestLog.count('PUT /products')).toBeLessThanOrEqual(26);
  }, 480_000); // 5,000 SKUs, a restart and a 300 s import wait; the suite shares 2 cores
});
