import type { Db } from '../store';

/**
 * Stores SKU ↔ Brightpearl productId bindings in bulk. A SKU renamed in Brightpearl keeps its
 * productId, so a binding that now names another SKU is dropped first (both keys are unique).
 */
export async function bindProducts(
  db: Db,
  rows: ReadonlyArray<{ productId: number; sku: string }>,
): Promise<void> {
  const withSku = rows.filter((row) => row.sku);
  if (withSku.length === 0) return;
  const skus = withSku.map((row) => row.sku);
  const ids = withSku.map((row) => row.productId);
  await db.transaction(async (tx) => {
    await tx.query(
      `DELETE FROM product_bindings b USING unnest($1::text[], $2::bigint[]) AS p(sku, id)
       WHERE (b.brightpearl_product_id = p.id AND b.sku <> p.sku)
          OR (b.sku = p.sku AND b.brightpearl_product_id <> p.id)`,
      [skus, ids],
    );
    await tx.query(
      `INSERT INTO product_bindings (sku, brightpearl_product_id)
       SELECT * FROM unnest($1::text[], $2::bigint[])
       ON CONFLICT (sku) DO UPDATE SET brightpearl_product_id = EXCLUDED.brightpearl_product_id,
         updated_at = now()`,
      [skus, ids],
    );
  });
}

/** SKU by productId for the given Brightpearl products that are bound. */
export async function skusForProducts(
  db: Db,
  productIds: readonly number[],
): Promise<Map<number, string>> {
  const rows = await db.query<{ sku: string; brightpearl_product_id: number | string }>(
    `SELECT sku, brightpearl_product_id FROM product_bindings WHERE brightpearl_product_id = ANY($1::bigint[])`,
    [[...productIds]],
  );
  return new Map(rows.map((row) => [Number(row.brightpearl_product_id), row.sku]));
}

/** Every bound SKU, in order, up to `limit` (the suggestions screen compares unmatched SKUs to them). */
export async function listBoundSkus(db: Db, limit: number): Promise<string[]> {
  const rows = await db.query<{ sku: string }>(
    `SELECT sku FROM product_bindings ORDER BY sku LIMIT $1`,
    [limit],
  );
  return rows.map((row) => row.sku);
}
