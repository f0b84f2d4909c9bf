import { z } from 'zod';

import { Timestamp } from './common';

/** One choice in a mapping screen's drop-down: the value the mapping stores and what to show. */
export const LookupOption = z.object({
  value: z.string(),
  label: z.string(),
  /** The account keeps it but it is switched off (a disabled status, an inactive code). */
  inactive: z.boolean().optional(),
});
export type LookupOption = z.infer<typeof LookupOption>;

const options = z.array(LookupOption);

/**
 * A Brightpearl price list: `gross` is true when its prices include tax (so it suits
 * `priceMode` INC), `type` says whether it sells (SELL) or buys (BUY, e.g. the cost list).
 */
export const PriceListOption = LookupOption.extend({
  gross: z.boolean().optional(),
  type: z.string().optional(),
});
export type PriceListOption = z.infer<typeof PriceListOption>;

/** Kentico lists; values are code names, labels the display names. */
export const KenticoLookupOptions = z.object({
  orderStatuses: options,
  shippingMethods: options,
  paymentMethods: options,
});
export type KenticoLookupOptions = z.infer<typeof KenticoLookupOptions>;

/**
 * Brightpearl lists; values are String(id), except payment methods and tax codes, whose
 * value is their `code` (what the mapping stores for them).
 */
export const BrightpearlLookupOptions = z.object({
  orderStatuses: options,
  shippingMethods: options,
  paymentMethods: options,
  warehouses: options,
  channels: options,
  priceLists: z.array(PriceListOption),
  taxCodes: options,
  /** Values are the nominal `code` (e.g. "4000"), as the mapping stores them. */
  nominalCodes: options.default([]),
});
export type BrightpearlLookupOptions = z.infer<typeof BrightpearlLookupOptions>;

export const LookupSource = z.enum(['kentico', 'brightpearl']);
export type LookupSource = z.infer<typeof LookupSource>;

/**
 * GET /lookups. A side that could not be read is null, with an entry in `errors` saying why:
 * the screen still works with the other side. `fetchedAt` is when the older side was read.
 */
export const Lookups = z.object({
  kentico: KenticoLookupOptions.nullable(),
  brightpearl: BrightpearlLookupOptions.nullable(),
  fetchedAt: Timestamp,
  errors: z.array(z.object({ source: LookupSource, message: z.string() })),
});
export type Lookups = z.infer<typeof Lookups>;

/** `refresh=true` reads both sides again instead of the (10-minute) cached lists. */
export const LookupsQuery = z.object({
  refresh: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => value === 'true'),
});
export type LookupsQuery = z.infer<typeof LookupsQuery>;
