import { SANDBOX_MAPPING, type SandboxRig, startSandbox } from '@bpkc/sandbox';
import { MappingConfig } from '@bpkc/shared-types';

import { ADMIN, saveMapping } from '../support/mapping-helpers';
import { waitForCatalogImport } from '../support/stock-helpers';
import { waitFor } from '../support/wait-for';

/** Whether stock syncs is the stored mapping's call, made by each job (ADR 0013). */
describe('stock switched on by a saved mapping', () => {
  let rig: SandboxRig;
  const noStock = MappingConfig.parse({
    ...SANDBOX_MAPPING,
    catalog: { ...SANDBOX_MAPPING.catalog, stock: 'none' },
  });
  const kenticoStock = () => rig.catalog.map((item) => rig.kentico.getStock(item.sku)?.available);

  beforeAll(async () => {
    rig = await startSandbox({
      cap: 100_000,
      catalogSize: 10,
      seed: 29,
      mapping: noStock,
      admin: ADMIN,
    });
    await waitForCatalogImport(rig);
  });
  afterAll(() => rig.stop());

  it('is decided by each stock job, so no restart is needed', async () => {
    // Started with stock 'none': nothing has written Kentico's stock yet.
    expect(kenticoStock().every((available) => available !== 25)).toBe(true);
    await saveMapping(rig.companionUrl, (mapping) => ({
      ...mapping,
      catalog: { ...mapping.catalog, stock: 'brightpearl' },
    }));
    await rig.companion.queue.enqueue('stock-full-compare', { trigger: 'schedule' });
    await waitFor(() => kenticoStock().every((available) => available === 25), {
      timeoutMs: 60_000,
    });
  });
});
