import { setTimeout as sleep } from 'node:timers/promises';

import { readStatus } from '../../chaos/chaos-checks';
import type { ChaosSims } from '../../chaos/chaos-sims';

const IMPORT_LIMIT_MS = 180_000;

/**
 * The shop as it stands before a promotion: the catalog imported into Kentico and Kentico's
 * stock equal to Brightpearl's on-hand. On their default schedule the companions' first full
 * stock compare is up to an hour away, so the figures an earlier compare would have left are
 * set here, as a merchant's long-running shop has them; nothing is sent to the companions.
 */
export async function waitForImportedShop(sims: ChaosSims, companionUrl: string): Promise<void> {
  const deadline = Date.now() + IMPORT_LIMIT_MS;
  for (;;) {
    const status = await readStatus(companionUrl);
    if (status?.catalog.import?.status === 'finished') break;
    if (Date.now() > deadline) throw new Error('the catalog import did not finish in 180 s');
    await sleep(500);
  }
  for (const item of sims.catalog) {
    const productId = sims.productIds.get(item.sku)!;
    const onHand = sims.brightpearl.availability(productId)?.warehouses['2']?.onHand ?? 0;
    sims.kentico.setStock(item.sku, onHand);
  }
}
