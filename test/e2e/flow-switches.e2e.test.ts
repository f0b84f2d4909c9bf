import { type SandboxRig, startSandbox } from '@bpkc/sandbox';
import type { MappingConfig } from '@bpkc/shared-types';

import { ADMIN, saveMapping } from '../support/mapping-helpers';
import { brightpearlOnHand, productIdOf, waitForCatalogImport } from '../support/stock-helpers';
import { waitFor } from '../support/wait-for';

type Flows = MappingConfig['settings']['flows'];

/** A flow switched off in the settings keeps what it receives and catches up when on again. */
describe('flow switches saved in the settings', () => {
  let rig: SandboxRig;
  const sku = () => rig.catalog[0]!.sku;
  const switchStock = (on: boolean) =>
    saveMapping(rig.companionUrl, (mapping) => ({
      ...mapping,
      settings: { ...mapping.settings, flows: { ...mapping.settings.flows, stock: on } as Flows },
    }));

  beforeAll(async () => {
    rig = await startSandbox({
      cap: 100_000,
      catalogSize: 5,
      seed: 41,
      initialStock: 25,
      admin: ADMIN,
    });
    await waitForCatalogImport(rig);
    await rig.companion.runStockFullCompare();
  });
  afterAll(() => rig.stop());

  it('stock off: a Brightpearl change is stored, not sent; on: it reaches Kentico', async () => {
    expect(rig.kentico.getStock(sku())?.available).toBe(25);
    await switchStock(false);
    rig.brightpearl.correctStock(2, [
      { productId: productIdOf(rig, sku()), quantity: -4, reason: 'Damaged' },
    ]);
    await rig.brightpearl.whenWebhooksIdle();
    // The stock job ran and left the product dirty for later.
    await waitFor(async () => ((await rig.companion.status()).queue['stock-sync'] ?? 0) === 0, {
      timeoutMs: 30_000,
    });
    expect((await rig.companion.status()).stock.pendingProducts).toBeGreaterThan(0);
    expect(rig.kentico.getStock(sku())?.available).toBe(25);

    await switchStock(true);
    // No restart and no new webhook: the catch-up (within 15 s) drains what was kept.
    await waitFor(() => rig.kentico.getStock(sku())?.available === brightpearlOnHand(rig, sku()), {
      timeoutMs: 60_000,
    });
    expect(rig.kentico.getStock(sku())?.available).toBe(21);
  });
});
