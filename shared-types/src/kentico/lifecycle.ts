import { z } from 'zod';

import { KenticoCustomerGuid, KenticoOrderGuid } from '../ids';

// Bridge contract for the rest of the order lifecycle: status, shipments, refunds, customers.
// What XbyK lacks natively (tracking, refunds, credit terms, external ids) lives in the
// extension's own tables.
export const LIFECYCLE_PATHS = {
  orderStatus: (guid: string) => `/orders/${encodeURIComponent(guid)}/status`,
  shipment: (guid: string, goodsOutNoteId: number) =>
    `/orders/${encodeURIComponent(guid)}/shipments/${goodsOutNoteId}`,
  orderRefunds: (guid: string) => `/orders/${encodeURIComponent(guid)}/refunds`,
  refund: (refundGuid: string) => `/refunds/${encodeURIComponent(refundGuid)}`,
  refundCredit: (refundGuid: string) =>
    `/refunds/${encodeURIComponent(refundGuid)}/brightpearl-credit`,
  customer: (guid: string) => `/customers/${encodeURIComponent(guid)}`,
  customerByEmail: '/customers/by-email',
} as const;

/** Who caused a write: Kentico's event handler tags the follow-up event, preventing echoes. */
export const SyncOrigin = z.enum(['kentico', 'brightpearl']);

/** PUT /orders/{guid}/status → 204 (same status again: 204, no event). */
export const SetOrderStatusBody = z.object({
  statusName: z.string().min(1),
  origin: SyncOrigin,
});
export type SetOrderStatusBody = z.infer<typeof SetOrderStatusBody>;

/** PUT /orders/{guid}/shipments/{goodsOutNoteId} → 204; idempotent per goods-out note. */
export const ShipmentBody = z.object({
  trackingReference: z.string().nullable(),
  carrier: z.string().nullable(),
  shippedAt: z.iso.datetime({ offset: true }),
  lines: z.array(z.object({ sku: z.string(), quantity: z.number().int().positive() })),
});
export type ShipmentBody = z.infer<typeof ShipmentBody>;

/** A refund recorded in Kentico (extension table), read by GET /refunds/{refundGuid}. */
export const KenticoRefund = z.object({
  RefundGUID: z.guid(),
  OrderGUID: KenticoOrderGuid,
  RefundCreatedWhen: z.iso.datetime({ offset: true }),
  RefundReason: z.string().nullable(),
  /** Item lines refunded; amounts exclude tax. */
  Lines: z.array(
    z.object({
      OrderItemGUID: z.guid(),
      SKU: z.string(),
      Quantity: z.number().int().positive(),
      Amount: z.number().nonnegative(),
      Tax: z.number().nonnegative(),
    }),
  ),
  /** An amount refunded without lines (goodwill, shipping), excluding tax. */
  ExtraAmount: z.number().nonnegative(),
  ExtraTax: z.number().nonnegative(),
  /** What the customer gets back, tax included; the credit must add up to it. */
  RefundTotal: z.number().nonnegative(),
  BpcSalesCreditID: z.number().int().positive().nullable(),
  /** 'brightpearl' when the companion recorded a credit made in Brightpearl. */
  Origin: SyncOrigin,
});
export type KenticoRefund = z.infer<typeof KenticoRefund>;

/** PUT /refunds/{refundGuid}/brightpearl-credit → 204. */
export const SetRefundCreditBody = z.object({ brightpearlCreditId: z.number().int().positive() });

/** POST /orders/{guid}/refunds: a credit made in Brightpearl; idempotent per credit id. */
export const RecordRefundBody = z.object({
  brightpearlCreditId: z.number().int().positive(),
  createdAt: z.iso.datetime({ offset: true }),
  lines: z.array(z.object({ sku: z.string(), quantity: z.number().int().positive() })),
  total: z.number().nonnegative(),
  statusName: z.string().nullable(),
});
export type RecordRefundBody = z.infer<typeof RecordRefundBody>;
export const RecordRefundResult = z.object({ RefundGUID: z.guid(), created: z.boolean() });

/** A Kentico customer with the extension's fields (credit terms live in Brightpearl by default). */
export const KenticoCustomerRecord = z.object({
  CustomerGUID: KenticoCustomerGuid,
  CustomerEmail: z.string(),
  CustomerFirstName: z.string(),
  CustomerLastName: z.string(),
  CustomerPhone: z.string().nullable(),
  CustomerModifiedWhen: z.iso.datetime({ offset: true }),
  BpcCreditLimit: z.number().nullable(),
  BpcCreditTermDays: z.number().int().nullable(),
  BpcBrightpearlContactID: z.number().int().positive().nullable(),
});
export type KenticoCustomerRecord = z.infer<typeof KenticoCustomerRecord>;

/** PUT /customers/{guid}: only the given fields change; origin tags the follow-up event. */
export const UpdateCustomerBody = z.object({
  fields: KenticoCustomerRecord.pick({
    CustomerEmail: true,
    CustomerFirstName: true,
    CustomerLastName: true,
    CustomerPhone: true,
    BpcCreditLimit: true,
    BpcCreditTermDays: true,
    BpcBrightpearlContactID: true,
  }).partial(),
  origin: SyncOrigin,
});
export type UpdateCustomerBody = z.infer<typeof UpdateCustomerBody>;
