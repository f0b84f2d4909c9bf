import { z } from 'zod';

import type { CatalogRecord, ProductCreateInput } from './catalog-types';

/** The default channel every account has; its productName is the product's own name. */
export const DEFAULT_SALES_CHANNEL = 'Brightpearl';

/** GET /product-service/product/{idSet} item (reference §7.2); only the fields we map. */
export const ProductRecord = z.object({
  id: z.number().int().positive(),
  identity: z.object({ sku: z.string().nullish() }).nullish(),
  status: z.enum(['LIVE', 'ARCHIVED']),
  productGroupId: z.number().int().nullish(),
  variations: z.array(z.object({ optionName: z.string(), optionValue: z.string() })).nullish(),
  stock: z.object({ stockTracked: z.boolean() }),
  financialDetails: z
    .object({ taxCode: z.object({ code: z.string().nullish() }).nullish() })
    .nullish(),
  salesChannels: z
    .array(z.object({ salesChannelName: z.string().nullish(), productName: z.string().nullish() }))
    .nullish(),
});
export type ProductRecord = z.output<typeof ProductRecord>;

/**
 * null for a product without a SKU (free-text placeholders 1000/1001, reference §12.11):
 * catalog sync keys on SKUs, as searchProducts does.
 */
export function toCatalogRecord(product: ProductRecord): CatalogRecord | null {
  const sku = product.identity?.sku?.trim();
  if (!sku) return null;
  const channels = product.salesChannels ?? [];
  const channel =
    channels.find((candidate) => candidate.salesChannelName === DEFAULT_SALES_CHANNEL) ??
    channels[0];
  const taxCode = product.financialDetails?.taxCode?.code?.trim();
  return {
    productId: product.id,
    sku,
    // A shop product needs a name; the SKU is the only other label every product has.
    name: channel?.productName?.trim() || sku,
    status: product.status,
    // Defensive: a group id of 0 would mean "no group", never a real group.
    productGroupId:
      product.productGroupId && product.productGroupId > 0 ? product.productGroupId : null,
    variations: (product.variations ?? []).map((v) => ({
      option: v.optionName,
      value: v.optionValue,
    })),
    stockTracked: product.stock.stockTracked,
    taxCode: taxCode || null,
  };
}

export const ProductCreate = z.object({
  sku: z.string().trim().min(1).max(100),
  name: z.string().trim().min(1),
  brandId: z.number().int().positive(),
  taxCode: z
    .object({ id: z.number().int().nonnegative(), code: z.string().trim().min(1) })
    .optional(),
  stockTracked: z.boolean(),
});

/** POST /product-service/product body (reference §7.3). */
export function productCreateBody(input: z.output<typeof ProductCreate>): Record<string, unknown> {
  const { sku, name, brandId, taxCode, stockTracked } = input satisfies ProductCreateInput;
  return {
    brandId,
    identity: { sku },
    stock: { stockTracked },
    // taxable with a code: the code decides the rate (a zero-rated one too). Without one the
    // account's default applies.
    ...(taxCode ? { financialDetails: { taxable: true, taxCode } } : {}),
    salesChannels: [{ salesChannelName: DEFAULT_SALES_CHANNEL, productName: name }],
  };
}
