import type { BrightpearlOrderId, KenticoCustomer, KenticoOrder } from '@bpkc/shared-types';

import { createProductStore, type ProductStore } from './product-store';
import { createReferenceData, type ReferenceData } from './reference-data';
import { createStockStore, type StockStore } from './stock-store';

/** The Brightpearl binding kept in the extension's own table, next to (not in) Commerce_Order. */
export interface BrightpearlBinding {
  brightpearlOrderId: BrightpearlOrderId;
  syncedAt: string;
}

type Sequence = 'order' | 'orderItem' | 'customer';

/**
 * In-memory stand-in for the Commerce_* tables. Keys are lower-cased because SQL Server compares
 * uniqueidentifiers and (default collation) e-mails case-insensitively.
 */
export interface KenticoStore {
  readonly reference: ReferenceData;
  readonly products: ProductStore;
  readonly stock: StockStore;
  nextId(sequence: Sequence): number;
  findCustomerByEmail(email: string): KenticoCustomer | undefined;
  addCustomer(customer: KenticoCustomer): void;
  getOrder(guid: string): KenticoOrder | undefined;
  saveOrder(order: KenticoOrder): void;
  listOrders(): KenticoOrder[];
  getBinding(guid: string): BrightpearlBinding | undefined;
  setBinding(guid: string, binding: BrightpearlBinding): void;
}

/** `now` stamps product and stock rows; default the wall clock. */
export function createStore(now: () => string = () => new Date().toISOString()): KenticoStore {
  const sequences: Record<Sequence, number> = { order: 0, orderItem: 0, customer: 0 };
  const customers = new Map<string, KenticoCustomer>();
  const orders = new Map<string, KenticoOrder>();
  const bindings = new Map<string, BrightpearlBinding>();
  return {
    reference: createReferenceData(),
    products: createProductStore(now),
    stock: createStockStore(now),
    nextId: (sequence) => ++sequences[sequence],
    findCustomerByEmail: (email) => customers.get(email.toLowerCase()),
    addCustomer: (customer) => void customers.set(customer.CustomerEmail.toLowerCase(), customer),
    getOrder: (guid) => orders.get(guid.toLowerCase()),
    saveOrder: (order) => void orders.set(order.OrderGUID.toLowerCase(), order),
    listOrders: () => [...orders.values()].sort((a, b) => a.OrderID - b.OrderID),
    getBinding: (guid) => bindings.get(guid.toLowerCase()),
    setBinding(guid, binding) {
      bindings.set(guid.toLowerCase(), binding);
      // The bridge shows the binding as BpcBrightpearlOrderID; writing it is not an order edit,
      // so OrderModifiedWhen stays put (else every sync would re-trigger reconciliation).
      const order = orders.get(guid.toLowerCase());
      if (order) order.BpcBrightpearlOrderID = binding.brightpearlOrderId;
    },
  };
}
