import { type SandboxRig, startSandbox } from '@bpkc/sandbox';

import {
  brightpearlOnHand,
  productIdOf,
  waitForCatalogImport,
  waitForStockIdle,
} from '../support/stock-helpers';
import { waitFor } from '../support/wait-for';

describe('stock: Brightpearl → Kentico', () => {
  let rig: SandboxRig;
  const sku = (index: number) => rig.catalog[index]!.sku;

  beforeAll(async () => {
    rig = await startSandbox({ cap: 100_000, catalogSize: 80, seed: 21, initialStock: 25 });
    await waitForCatalogImport(rig);
    await rig.companion.runStockFullCompare();
  });
  afterAll(() => rig.stop());

  it('seeds Kentico with Brightpearl availability through the first full compare', () => {
    for (const item of rig.catalog) expect(rig.kentico.getStock(item.sku)?.available).toBe(25);
  });

  it('carries a stock correction in Brightpearl to Kentico', async () => {
    rig.brightpearl.correctStock(2, [
      { productId: productIdOf(rig, sku(0)), quantity: -7, reason: 'Damaged' },
    ]);
    await waitFor(() => rig.kentico.getStock(sku(0))?.available === 18, { timeoutMs: 30_000 });
  });

  it('converges every SKU with half the webhooks dropped, through the full compare', async () => {
    rig.brightpearl.setWebhookDropRate(0.5);
    const changed = rig.catalog.slice(10, 50);
    for (const [index, item] of changed.entries()) {
      // One correction per product: separate deliveries, so the drop rate applies to each.
      rig.brightpearl.correctStock(2, [
        { productId: productIdOf(rig, item.sku), quantity: (index % 5) + 1, reason: 'Goods in' },
      ]);
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    await waitForStockIdle(rig);
    const stale = changed.filter(
      (item) => rig.kentico.getStock(item.sku)?.available !== brightpearlOnHand(rig, item.sku),
    );
    expect(stale.length).toBeGreaterThan(0);

    const result = await rig.companion.runStockFullCompare();
    expect(result.drift).toBe(stale.length);
    for (const item of rig.catalog) {
      expect(rig.kentico.getStock(item.sku)?.available).toBe(brightpearlOnHand(rig, item.sku));
    }
    rig.brightpearl.setWebhookDropRate(0);
  });

  it('never re-lists a unit sold in Kentico that Brightpearl has not seen yet', async () => {
    const target = sku(60);
    const productId = productIdOf(rig, target);
    rig.brightpearl.correctStock(2, [
      { productId, quantity: 1 - brightpearlOnHand(rig, target), reason: 'Count' },
    ]);
    await waitFor(() => rig.kentico.getStock(target)?.available === 1, { timeoutMs: 30_000 });

    // The order for the last unit is placed, but its event is held back: not in Brightpearl yet.
    const input = rig.generator.nextOrder();
    input.items = [{ sku: target, name: 'Last unit', quantity: 1, unitPrice: 10, taxRate: 20 }];
    const order = rig.kentico.placeOrder(input, { emit: false });
    const soldAt = rig.kentico.stockHistory(target).length;
    expect(rig.kentico.getStock(target)?.available).toBe(0);

    // Stock pushes while the order is pending: a webhook for the product and a full compare.
    rig.brightpearl.correctStock(3, [{ productId, quantity: 4, reason: 'Other warehouse' }]);
    await waitForStockIdle(rig);
    await rig.companion.runStockFullCompare();

    // Now the order reaches Brightpearl (which allocates the unit and fires its own webhook).
    rig.kentico.emitEvent('order.created', order.OrderGUID);
    await waitFor(() => rig.kentico.getOrder(order.OrderGUID)?.BpcBrightpearlOrderID !== null, {
      timeoutMs: 30_000,
    });
    await waitForStockIdle(rig);
    await rig.companion.runStockFullCompare();

    const after = rig.kentico.stockHistory(target).slice(soldAt);
    expect(after.every((change) => change.available === 0)).toBe(true);
    expect(rig.kentico.getStock(target)?.available).toBe(0);
    expect(brightpearlOnHand(rig, target)).toBe(0);
  });
});
