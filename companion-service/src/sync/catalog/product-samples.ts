import type { z } from 'zod';

import type { CatalogRecord } from '../../brightpearl';
import { ProductTransformInput } from '../../shaping';
import type { Db } from '../../store';

/** How many of the most recently read products are kept for the product preview. */
export const PRODUCT_SAMPLE_LIMIT = 50;

/** A Brightpearl product as catalog sync last read it, with the price it read alongside. */
export interface ProductSample {
  record: CatalogRecord;
  /** null: no price was read, or the price list has none for this product. */
  price: number | null;
  /** The price list `price` was read from; null when catalog sync read no price. */
  priceListId: number | null;
  seenAt: Date;
}

/** The prices one catalog round read (absent when the mapping does not take prices). */
export interface PricesRead {
  priceListId: number;
  prices: ReadonlyMap<number, number | null>;
}

// The stored JSON is parsed like any other input: an older or damaged row must not reach a
// transform. The record is what a product expression sees, less the price (stored apart).
const StoredRecord: z.ZodType<CatalogRecord> = ProductTransformInput.omit({
  price: true,
  currencyCode: true,
});

/**
 * Keeps the newest records of a catalog round as preview samples (no extra call: catalog sync
 * read them anyway). A product already kept, or a SKU now on another product, is replaced; the
 * table is pruned to PRODUCT_SAMPLE_LIMIT in the same transaction.
 */
export async function recordProductSamples(
  db: Db,
  records: readonly CatalogRecord[],
  read: PricesRead | null,
): Promise<void> {
  const newest = lastPerKey(records.filter((record) => record.sku)).slice(-PRODUCT_SAMPLE_LIMIT);
  if (newest.length === 0) return;
  const ids = newest.map((record) => record.productId);
  const skus = newest.map((record) => record.sku);
  const prices = newest.map((record) => read?.prices.get(record.productId) ?? null);
  await db.transaction(async (tx) => {
    // Two catalog rounds at once would otherwise prune each other's rows and deadlock.
    await tx.query('LOCK TABLE product_samples IN SHARE ROW EXCLUSIVE MODE');
    await tx.query(
      `DELETE FROM product_samples WHERE brightpearl_product_id = ANY($1::bigint[]) OR sku = ANY($2::text[])`,
      [ids, skus],
    );
    await tx.query(
      `INSERT INTO product_samples (brightpearl_product_id, sku, record, price, price_list_id)
       SELECT id, sku, record::jsonb, price, $5
       FROM unnest($1::bigint[], $2::text[], $3::text[], $4::float8[]) AS s(id, sku, record, price)`,
      [
        ids,
        skus,
        newest.map((record) => JSON.stringify(record)),
        prices,
        read?.priceListId ?? null,
      ],
    );
    await tx.query(
      `DELETE FROM product_samples WHERE brightpearl_product_id NOT IN (
         SELECT brightpearl_product_id FROM product_samples
         ORDER BY seen_at DESC, brightpearl_product_id DESC LIMIT $1)`,
      [PRODUCT_SAMPLE_LIMIT],
    );
  });
}

/** Brightpearl may repeat a SKU or a product in one answer: the last one read wins. */
function lastPerKey(records: readonly CatalogRecord[]): CatalogRecord[] {
  const kept: CatalogRecord[] = [];
  for (const record of [...records].reverse()) {
    const seen = kept.some((k) => k.sku === record.sku || k.productId === record.productId);
    if (!seen) kept.unshift(record);
  }
  return kept;
}

interface SampleRow {
  record: unknown;
  price: number | null;
  price_list_id: number | null;
  seen_at: Date | string;
}

const toSample = (row: SampleRow): ProductSample => ({
  record: StoredRecord.parse(row.record),
  price: row.price === null ? null : Number(row.price),
  priceListId: row.price_list_id,
  seenAt: new Date(row.seen_at),
});

/** The kept samples, newest first. */
export async function listProductSamples(db: Db, limit: number): Promise<ProductSample[]> {
  const rows = await db.query<SampleRow>(
    `SELECT record, price, price_list_id, seen_at FROM product_samples
     ORDER BY seen_at DESC, brightpearl_product_id DESC LIMIT $1`,
    [limit],
  );
  return rows.map(toSample);
}

/** The kept sample of one SKU, if catalog sync read that product recently. */
export async function readProductSample(db: Db, sku: string): Promise<ProductSample | undefined> {
  const [row] = await db.query<SampleRow>(
    `SELECT record, price, price_list_id, seen_at FROM product_samples WHERE sku = $1`,
    [sku],
  );
  return row ? toSample(row) : undefined;
}
