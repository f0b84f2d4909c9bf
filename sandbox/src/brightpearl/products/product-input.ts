import { z } from 'zod';

/**
 * Product POST/PUT bodies (reference §7.3, [REC]). Only the fields the simulator keeps are
 * declared; anything else a client sends is accepted and ignored, as Brightpearl ignores
 * read-only fields. `brandId` is optional here so that its absence gets the recorded PRDC-014.
 */
const Variation = z.object({
  optionId: z.number().int(),
  optionName: z.string(),
  optionValueId: z.number().int(),
  optionValue: z.string(),
});

export const ProductCreateBody = z.object({
  brandId: z.number().int().positive().optional(),
  identity: z.object({ sku: z.string().optional() }).optional(),
  salesChannels: z
    .array(z.object({ salesChannelName: z.string().optional(), productName: z.string().min(1) }))
    .min(1),
  financialDetails: z
    .object({
      taxCode: z
        .object({ id: z.number().int().optional(), code: z.string().optional() })
        .optional(),
    })
    .optional(),
  stock: z.object({ stockTracked: z.boolean().optional() }).optional(),
  status: z.enum(['LIVE', 'ARCHIVED']).optional(),
  productGroupId: z.number().int().positive().optional(),
  variations: z.array(Variation).optional(),
});
export type ProductCreateBody = z.input<typeof ProductCreateBody>;

/** PUT is partial: only what is sent changes. */
export const ProductUpdateBody = ProductCreateBody.partial();
export type ProductUpdateBody = z.input<typeof ProductUpdateBody>;

export const PriceUpdateBody = z.object({
  priceLists: z
    .array(
      z.object({
        priceListId: z.number().int().nonnegative(),
        quantityPrice: z.record(z.string().regex(/^[1-9]\d*$/), z.union([z.number(), z.string()])),
      }),
    )
    .min(1),
});
export type PriceUpdateBody = z.input<typeof PriceUpdateBody>;
