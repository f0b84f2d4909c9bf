import type { SalesOrderAddress } from '@bpkc/shared-types';

/** Timestamps are stored in the form the API renders them: ISO-8601 with an explicit offset. */
type Timestamp = string;

export interface StoredOrderRow {
  id: number;
  /** Free-text rows are stored against the hidden product 1000 (reference §5.4). */
  productId: number;
  name: string;
  sku?: string;
  /** Quantity, net and tax in ten-thousandths (see decimal.ts). */
  quantity: number;
  net: number;
  tax: number;
  taxCode: string;
  nominalCode: string;
  externalRef?: string;
  /**
   * Whole items of this row allocated in the order's warehouse and not yet moved onto a
   * goods-out note (warehouse/allocation.ts). Absent = nothing allocated.
   */
  allocated?: number;
}

/** SO = sales order, SC = sales credit (reference §5.1, §9.2). */
export type OrderTypeCode = 'SO' | 'SC';

export interface StoredOrder {
  id: number;
  orderTypeCode: OrderTypeCode;
  /** The credited sales order for an SC; 0 for a sales order (reference §5.5, §9.2). */
  parentOrderId: number;
  ref?: string;
  externalRef?: string;
  installedIntegrationInstanceId?: number;
  customer: { id: number; address: SalesOrderAddress };
  billing: { contactId: number; address: SalesOrderAddress };
  delivery: { date?: Timestamp; address: SalesOrderAddress; shippingMethodId: number };
  placedOn: Timestamp;
  taxDate: Timestamp;
  createdOn: Timestamp;
  updatedOn: Timestamp;
  statusId: number;
  channelId: number;
  warehouseId: number;
  priceListId: number;
  priceModeCode: 'EXC' | 'INC';
  currency: { code: string; fixedExchangeRate: boolean; exchangeRate: string };
  rows: StoredOrderRow[];
  /** Set by PATCH order/{id}/custom-field (reference §5.8). */
  customFields?: Record<string, unknown>;
  /** Added by POST order/{id}/note; kept so tests can count them. */
  notes?: Array<{ text: string; isPublic: boolean; addedOn: Timestamp }>;
}
