import { brightpearlResponse } from '@bpkc/shared-types';
import { z } from 'zod';

import type { CallOptions } from './types';

// Lookup records (reference §11), checked for the fields the mapping screens use only: every
// other field passes through untouched, so a richer real record never breaks the parse.

export const OrderStatusRecord = z.looseObject({
  statusId: z.number().int(),
  name: z.string(),
  /** SO, PO, SC, PC; the account lists the statuses of every order type together. */
  orderTypeCode: z.string().optional(),
  disabled: z.boolean().optional(),
});
export type OrderStatusRecord = z.infer<typeof OrderStatusRecord>;

export const ShippingMethodRecord = z.looseObject({
  id: z.number().int(),
  name: z.string(),
  code: z.string().optional(),
});
export type ShippingMethodRecord = z.infer<typeof ShippingMethodRecord>;

/** Documented without a top-level id: the code is what payments and the mapping use. */
export const PaymentMethodRecord = z.looseObject({
  code: z.string(),
  name: z.string(),
  isActive: z.boolean().optional(),
});
export type PaymentMethodRecord = z.infer<typeof PaymentMethodRecord>;

export const NamedRecord = z.looseObject({ id: z.number().int(), name: z.string() });
export type NamedRecord = z.infer<typeof NamedRecord>;

/** Price list names are localised objects (`{languageCode, text, format}`) in the recordings. */
export const PriceListRecord = z.looseObject({
  id: z.number().int(),
  name: z.union([z.string(), z.looseObject({ text: z.string() })]),
  code: z.string().optional(),
  currencyCode: z.string().optional(),
  /** SELL or BUY (reference §7.4). */
  priceListTypeCode: z.string().optional(),
  /** True when the list's prices include tax (reference §7.4). */
  gross: z.boolean().optional(),
});
export type PriceListRecord = z.infer<typeof PriceListRecord>;

/** `rate` is omitted when the code has none; recordings write it as a number (10.0000). */
export const TaxCodeRecord = z.looseObject({
  id: z.number().int(),
  code: z.string(),
  description: z.string().nullish(),
  rate: z.coerce.number().nullish(),
});
export type TaxCodeRecord = z.infer<typeof TaxCodeRecord>;

/**
 * api-docs accounting/nominal-code GET: `id` is an internal number, `code` the nominal code the
 * rows and journals carry ("4000"); `active` false codes are refused by journals (reference §9.3).
 */
export const NominalCodeRecord = z.looseObject({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  active: z.boolean().optional(),
  bank: z.boolean().optional(),
});
export type NominalCodeRecord = z.infer<typeof NominalCodeRecord>;

export const lookupList = <T extends z.ZodType>(item: T) => brightpearlResponse(z.array(item));

/** The account's reference lists; one GET each (the whole list, no id set). */
export interface LookupMethods {
  getOrderStatuses(call?: CallOptions): Promise<OrderStatusRecord[]>;
  getShippingMethods(call?: CallOptions): Promise<ShippingMethodRecord[]>;
  getPaymentMethods(call?: CallOptions): Promise<PaymentMethodRecord[]>;
  getWarehouses(call?: CallOptions): Promise<NamedRecord[]>;
  getChannels(call?: CallOptions): Promise<NamedRecord[]>;
  getPriceLists(call?: CallOptions): Promise<PriceListRecord[]>;
  getTaxCodes(call?: CallOptions): Promise<TaxCodeRecord[]>;
  getNominalCodes(call?: CallOptions): Promise<NominalCodeRecord[]>;
}
