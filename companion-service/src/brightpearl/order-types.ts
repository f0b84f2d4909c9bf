import type { BrightpearlOrderId, SalesOrderCreate } from '@bpkc/shared-types';

import type { CallOptions } from './types';

/** A goods-out note (reference §8.2): what left, or will leave, the warehouse for one order. */
export interface GoodsOutNote {
  goodsOutNoteId: number;
  orderId: number;
  shipped: boolean;
  /** As Brightpearl renders it, in the account's offset; null until shipped. */
  shippedOn: string | null;
  /** The tracking number (`shipping.reference`); null when none was set. */
  reference: string | null;
  shippingMethodId: number | null;
  /** One entry per order row and product; allocations from several locations are summed. */
  rows: Array<{ orderRowId: number; productId: number; quantity: number }>;
}

export interface SalesOrderRecordRow {
  orderRowId: number;
  /** 1000 for free-text rows (reference §12.11). */
  productId: number;
  sku: string | null;
  quantity: number;
  /** Row totals, not unit prices, in the order currency. */
  net: number;
  tax: number;
}

/** The slice of `GET /order-service/order/{id}` (reference §5.5) the sync works with. */
export interface SalesOrderRecord {
  orderId: number;
  /** SO, SC, PO or PC. */
  orderTypeCode: string;
  /** 0 when the order has no parent; a sales credit's original order otherwise. */
  parentOrderId: number;
  statusId: number;
  externalRef: string | null;
  reference: string;
  totalGross: number;
  currencyCode: string;
  /** Ordered by row id. */
  rows: SalesOrderRecordRow[];
  /** NST, SNS, SPS or ASS. */
  shippingStatusCode: string | null;
  /** UNPAID, PAID, NOT_APPLICABLE, … */
  paymentStatus: string | null;
  /** The customer (SO/SC) or supplier (PO/PC). */
  contactId: number;
}

/** The sales-order body plus the original order (reference §9.2); row amounts stay positive. */
export type SalesCreditCreate = SalesOrderCreate & { parentId: number };

/** A sales order's current status, as order-search reports it. */
export interface SalesOrderStatus {
  orderId: number;
  statusId: number;
}

export interface SalesCreditSummary {
  orderId: number;
  /** 0 when the credit was raised without an original order. */
  parentOrderId: number;
  externalRef: string | null;
}

/** Fulfilment, order reads and credits; part of BrightpearlClient. */
export interface OrderLifecycleMethods {
  /** Unknown ids are simply missing. */
  getGoodsOutNotes(goodsOutNoteIds: number[], call?: CallOptions): Promise<GoodsOutNote[]>;
  /** Ids of notes shipped at or after `since` (ISO with offset), every page. */
  searchShippedGoodsOutNotes(since: string, call?: CallOptions): Promise<number[]>;
  /** Decoded order records (any order type); unknown ids are simply missing. */
  getSalesOrders(orderIds: number[], call?: CallOptions): Promise<SalesOrderRecord[]>;
  /** The status must exist and belong to the order's type (reference §5.7). */
  setOrderStatus(orderId: number, statusId: number, call?: CallOptions): Promise<void>;
  /**
   * Not idempotent by itself: send `externalRef` + `installedIntegrationInstanceId`, or look the
   * externalRef up first (findOrderIdsByExternalRef finds credits too).
   */
  createSalesCredit(body: SalesCreditCreate, call?: CallOptions): Promise<BrightpearlOrderId>;
  /** Credits updated at or after `updatedSince` (ISO with offset), every page. */
  searchSalesCredits(
    options: { updatedSince: string },
    call?: CallOptions,
  ): Promise<SalesCreditSummary[]>;
  /** Sales orders updated at or after `updatedSince` (ISO with offset), with status; every page. */
  searchSalesOrderStatuses(
    options: { updatedSince: string },
    call?: CallOptions,
  ): Promise<SalesOrderStatus[]>;
}
