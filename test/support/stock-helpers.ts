import type { SandboxRig } from '@bpkc/sandbox';

import { waitFor } from './wait-for';

/** Waits until the first catalog import has finished (it binds every SKU). */
export async function waitForCatalogImport(rig: SandboxRig, timeoutMs = 120_000): Promise<void> {
  await waitFor(async () => (await rig.companion.status()).catalog.import?.status === 'finished', {
    timeoutMs,
    describe: async () => (await rig.companion.status()).catalog,
  });
}

/** Brightpearl's sellable units per SKU in warehouse 2 (the sandbox mapping's only warehouse). */
export function brightpearlOnHand(rig: SandboxRig, sku: string): number {
  return rig.brightpearl.availability(productIdOf(rig, sku))?.warehouses['2']?.onHand ?? 0;
}

export function productIdOf(rig: SandboxRig, sku: string): number {
  return [...rig.brightpearl.state.products.values()].find((p) => p.sku === sku)!.id;
}

/** Nothing left to do: webhooks delivered, no dirty products, no queued stock jobs. */
export async function waitForStockIdle(rig: SandboxRig, timeoutMs = 60_000): Promise<void> {
  await rig.brightpearl.whenWebhooksIdle();
  await waitFor(
    async () => {
      const status = await rig.companion.status();
      return status.stock.pendingProducts === 0 && (status.queue['stock-sync'] ?? 0) === 0;
    },
    { timeoutMs, describe: async () => (await rig.companion.status()).stock },
  );
}
