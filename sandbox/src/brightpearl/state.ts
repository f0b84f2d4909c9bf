import type { StoredContact, StoredPostalAddress } from './contacts/contact-types';
import type { StoredJournalEntry } from './journals/journal-types';
import { createLookups } from './lookups-data';
import type { Lookups } from './lookups-data';
import type { StoredOrder } from './orders/order-types';
import type { StoredCustomerPayment } from './payments/payment-types';
import type { StoredProduct } from './products/product-types';
import type { StoredGoodsOutNote } from './warehouse/goods-out-types';
import type { StockBook } from './warehouse/stock-types';
import { FOREIGN_WEBHOOK_ID, foreignWebhook } from './webhooks/foreign-webhook';
import type { StoredWebhook } from './webhooks/webhook-types';

export type { ProductVariation, QuantityPrice, StoredProduct } from './products/product-types';
export type { StockLevel } from './warehouse/stock-types';
export type { StoredContact, StoredPostalAddress } from './contacts/contact-types';
export type { OrderTypeCode, StoredOrder, StoredOrderRow } from './orders/order-types';
export type { StoredGoodsOutNote } from './warehouse/goods-out-types';
export type { StoredCustomerPayment } from './payments/payment-types';
export type { StoredJournalEntry } from './journals/journal-types';
export type { StoredWebhook } from './webhooks/webhook-types';

/** Timestamps are stored in the form the API renders them: ISO-8601 with an explicit offset. */
export type Timestamp = string;

export const FREE_TEXT_PRODUCT_ID = 1000;

export interface SimulatorState {
  orders: Map<number, StoredOrder>;
  contacts: Map<number, StoredContact>;
  postalAddresses: Map<number, StoredPostalAddress>;
  products: Map<number, StoredProduct>;
  stock: StockBook;
  goodsOutNotes: Map<number, StoredGoodsOutNote>;
  payments: Map<number, StoredCustomerPayment>;
  journalEntries: Map<number, StoredJournalEntry>;
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
    /** Goods-out note event versions (`lastEventVersion`, reference §8.2, §8.4). */
    goodsNoteEvent: number;
    customerPayment: number;
    journal: number;
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
    goodsOutNotes: new Map(),
    payments: new Map(),
    journalEntries: new Map(),
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
      goodsNoteEvent: 3131001,
      customerPayment: 935001,
      journal: 880001,
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
