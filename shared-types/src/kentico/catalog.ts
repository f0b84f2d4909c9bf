import { z } from 'zod';

// Bridge contract for products. Kentico products are content items of the merchant's own
// content types; the extension maps these records onto them (ContentItemSynchronizationBase
// pattern of Kentico's own e-commerce integrations).
export const CATALOG_PATHS = {
  products: '/products',
  product: (sku: string) => `/products/${encodeURIComponent(sku)}`,
} as const;

export const MAX_PRODUCT_BATCH = 200;

export const CatalogVariation = z.object({ option: z.string(), value: z.string() });

export const CatalogProduct = z.object({
  sku: z.string().min(1),
  name: z.string().min(1),
  /** Brightpearl product group; variants of one product share it. */
  productGroupId: z.number().int().nullable(),
  variations: z.array(CatalogVariation),
  /** Price on the mapped price list, excluding tax unless the list is gross; null when unset. */
  price: z.number().nonnegative().nullable(),
  currencyCode: z.string().length(3),
  status: z.enum(['LIVE', 'ARCHIVED']),
  brightpearlProductId: z.number().int().positive().nullable(),
  /** Set by a product transform (`transforms.product.description`); absent or null: none. */
  description: z.string().max(4000).nullable().optional(),
  /**
   * Product fields set by transforms (`transforms.product.customFields.<Field>`), stored with the
   * product for the merchant's content type to read; absent or null: none.
   */
  customFields: z
    .record(
      z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,99}$/),
      z.union([z.string().max(4000), z.number(), z.boolean()]),
    )
    .nullable()
    .optional(),
});
export type CatalogProduct = z.infer<typeof CatalogProduct>;

/** PUT /products: upsert by SKU (idempotent, so an import resumed after a crash duplicates nothing). */
export const ProductUpsertBody = z.object({
  products: z.array(CatalogProduct).min(1).max(MAX_PRODUCT_BATCH),
});
export type ProductUpsertBody = z.infer<typeof ProductUpsertBody>;

export const ProductUpsertResult = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
});
export type ProductUpsertResult = z.infer<typeof ProductUpsertResult>;

/** GET /products/{sku}: a product authored in Kentico (for the Kentico → Brightpearl create). */
export const KenticoProduct = z.object({
  sku: z.string().min(1),
  name: z.string().min(1),
  price: z.number().nonnegative().nullable(),
  /** Percent, e.g. 20. */
  taxRate: z.number().nonnegative(),
  stockTracked: z.boolean(),
  brightpearlProductId: z.number().int().positive().nullable(),
});
export type KenticoProduct = z.infer<typeof KenticoProduct>;
