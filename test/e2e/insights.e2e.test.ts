import { Insights } from '@bpkc/shared-types';
import { mintAdminToken } from '@bpkc/companion-service';
import { type SandboxRig, startSandbox } from '@bpkc/sandbox';
import { setTimeout as sleep } from 'node:timers/promises';

import request from 'supertest';

import { productIdOf, waitForCatalogImport, waitForStockIdle } from '../support/stock-helpers';
import { waitFor } from '../support/wait-for';

const secret = 'i'.repeat(40);
const scope = { audience: 'https://companion.shop.example.com', installationId: 'shop-insights' };
const viewOnly = () =>
  `Bearer ${mintAdminToken(
    { secret, ...scope },
    { sub: 'viewer-7', permissions: ['view'], exp: Math.floor(Date.now() / 1000) + 300 },
  )}`;

describe('insights: every stock push Kentico took is charted once', () => {
  let rig: SandboxRig;
  const insights = async () =>
    Insights.parse(
      (
        await request(`${rig.companionUrl}/api/v1`)
          .get('/insights?range=24h')
          .set('Authorization', viewOnly())
          .expect(200)
      ).body,
    );
  /** What the Kentico simulator counted: the companion's writes that changed a figure. */
  const kenticoWrites = () =>
    rig.catalog.reduce((total, item) => total + (rig.kentico.getStock(item.sku)?.writes ?? 0), 0);

  beforeAll(async () => {
    rig = await startSandbox({
      cap: 100_000,
      catalogSize: 40,
      seed: 33,
      initialStock: 25,
      admin: { tokenSecret: secret, origin: 'https://admin.shop.example.com', ...scope },
    });
    await waitForCatalogImport(rig);
  });
  afterAll(() => rig.stop());

  it('counts the full compare, webhook-driven syncs and drift corrections, not unchanged SKUs', async () => {
    // Full compare: seeds every SKU in Kentico.
    await rig.companion.runStockFullCompare();
    await waitForStockIdle(rig);
    // Webhook-driven sync: five corrections in Brightpearl.
    for (const item of rig.catalog.slice(0, 5)) {
      rig.brightpearl.correctStock(2, [
        { productId: productIdOf(rig, item.sku), quantity: 3, reason: 'Goods in' },
      ]);
    }
    await waitFor(() =>
      rig.catalog.slice(0, 5).every((i) => rig.kentico.getStock(i.sku)?.available === 28),
    );
    await waitForStockIdle(rig);
    // Drift a merchant made in Kentico: the next compare corrects these three.
    for (const item of rig.catalog.slice(10, 13)) rig.kentico.setStock(item.sku, 1);
    expect((await rig.companion.runStockFullCompare()).drift).toBe(3);
    // Nothing drifted: a compare that writes nothing counts nothing.
    expect((await rig.companion.runStockFullCompare()).drift).toBe(0);

    const pushes = kenticoWrites();
    expect(pushes).toBeGreaterThanOrEqual(40 + 5 + 3);
    // The scheduled roll-up (every 30 s) brings the chart up to date; the read only reads.
    const charted = await waitFor(
      async () => {
        await sleep(1_000); // the admin API's rate limit: one read a second is plenty
        const read = await insights();
        return read.totals.stockPushes === pushes ? read : false;
      },
      { timeoutMs: 90_000, describe: async () => (await insights()).totals },
    );
    expect(charted.hourly.stockPushes.reduce((a, b) => a + b, 0)).toBe(pushes);
  });
});
