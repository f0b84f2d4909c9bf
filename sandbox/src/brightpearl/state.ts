import type { SalesOrderAddress } from '@bpkc/shared-types';

import { createLookups } from './lookups-data';
import type { Lookups } from './lookups-data';
import type { StoredProduct } from './products/product-types';
import type { StockBook } from './warehouse/stock-types';
import { FOREIGN_WEBHOOK_ID, foreignWebhook } from './webhooks/foreign-webhook';
import type { StoredWebhook } from './webhooks/webhook-types';

export type { ProductVariation, QuantityPrice, StoredProduct } from './products/product-types';
export type { StockLevel } from './warehouse/stock-types';
export type { StoredWebhook } from './webhooks/webhook-types';

/** Timestamps are stored in the form the API renders them: ISO-8601 with an explicit offset. */
export type Timestamp = string;

export interface StoredPostalAddress {
  addressId: number;
  /** 0 until a contact is created with this address (GET shows the owning contact). */
  contactId: number;
  addressLine1: string;
  addressLine2?: string;
  addressLine3?: string;
  addressLine4?: string;
  postalCode?: string;
  countryIsoCode: string;
}

export interface StoredContact {
  contactId: number;
  salutation: string;
  firstName: string;
  lastName: string;
  postAddressIds: { DEF: number; BIL: number; DEL: number };
  emails: Partial<Record<'PRI' | 'SEC' | 'TER', { email: string }>>;
  telephones: Record<string, string>;
  isCustomer: boolean;
  isSupplier: boolean;
  isStaff: boolean;
  companyName?: string;
  isReceiveEmailNewsletter: boolean;
  priceListId: number;
  currencyId: number;
  createdOn: Timestamp;
  updatedOn: Timestamp;
  lastOrderedOn?: Timestamp;
}

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
}

export interface StoredOrder {
  id: number;
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
}

export const FREE_TEXT_PRODUCT_ID = 1000;

export interface SimulatorState {
  orders: Map<number, StoredOrder>;
  contacts: Map<number, StoredContact>;
  postalAddresses: Map<number, StoredPostalAddress>;
  products: Map<number, StoredProduct>;
  stock: StockBook;
  webhooks: Map<number, StoredWebhook>;
  lookups: Lookups;
  /** Next id per resource; separate ranges make ids easy to tell apart in logs. */
  nextIds: {
    order: number;
    orderRow: number;
    contact: number;
    postalAddress: number;
    product: number;
    goodsNote: number;
    webhook: number;
  };
}

export function createState(): SimulatorState {
  return {
    orders: new Map(),
    contacts: new Map(),
    postalAddresses: new Map(),
    products: new Map(),
    stock: new Map(),
    webhooks: new Map([[FOREIGN_WEBHOOK_ID, foreignWebhook()]]),
    lookups: createLookups(),
    // Products 1000/1001 are hidden system products on real accounts (reference §12.11).
    nextIds: {
      order: 100001,
      orderRow: 500001,
      contact: 201,
      postalAddress: 401,
      product: 1002,
      goodsNote: 700001,
      // Our subscriptions get ids after the other integration's (reference §10.1 shows 121).
      webhook: FOREIGN_WEBHOOK_ID + 20,
    },
  };
}

export function takeId(state: SimulatorState, kind: keyof SimulatorState['nextIds']): number {
  const id = state.nextIds[kind];
  state.nextIds[kind] = id + 1;
  return id;
}

/** The API renders instants with the account's offset; the sandbox account runs on UTC. */
export const formatTimestamp = (date: Date): Timestamp => date.toISOString().replace('Z', '+00:00');
