import { MAX_STOCK_BATCH, type StockLevel } from '@bpkc/shared-types';

import { countStockPushes } from '../../insights';
import type { KenticoBridgeClient } from '../../kentico';
import type { Db } from '../../store';

/** Levels differing from what Kentico was last told (only changed values are written). */
export async function changedLevels(db: Db, levels: readonly StockLevel[]): Promise<StockLevel[]> {
  const rows = await db.query<{ sku: string; available: number }>(
    `SELECT sku, available FROM stock_levels WHERE sku = ANY($1::text[])`,
    [levels.map((level) => level.sku)],
  );
  const last = new Map(rows.map((row) => [row.sku, Number(row.available)]));
  return levels.filter((level) => last.get(level.sku) !== level.available);
}

/**
 * Batched writes to Kentico, then remembered as "last told" and counted for the Insights chart,
 * together: the one place stock reaches Kentico, so every path counts each push once.
 */
export async function writeLevels(
  deps: { db: Db; kentico: KenticoBridgeClient },
  input: { levels: readonly StockLevel[]; pendingAsOf: string },
): Promise<{ written: number; unknownSkus: string[] }> {
  let written = 0;
  const unknownSkus: string[] = [];
  for (let start = 0; start < input.levels.length; start += MAX_STOCK_BATCH) {
    const batch = input.levels.slice(start, start + MAX_STOCK_BATCH);
    const result = await deps.kentico.writeStock(batch, input.pendingAsOf);
    // A SKU Kentico has no product for is not remembered: it is retried once the product exists.
    const unknown = new Set(result.unknownSkus);
    const accepted = batch.filter((level) => !unknown.has(level.sku));
    await deps.db.transaction(async (tx) => {
      await rememberLevels(tx, accepted);
      await countStockPushes(tx, accepted.length);
    });
    written += accepted.length;
    unknownSkus.push(...result.unknownSkus);
  }
  return { written, unknownSkus };
}

export async function rememberLevels(db: Db, levels: readonly StockLevel[]): Promise<void> {
  if (levels.length === 0) return;
  await db.query(
    `INSERT INTO stock_levels (sku, available)
     SELECT * FROM unnest($1::text[], $2::int[])
     ON CONFLICT (sku) DO UPDATE SET available = EXCLUDED.available, pushed_at = now()`,
    [levels.map((level) => level.sku), levels.map((level) => level.available)],
  );
}
