import type { BrightpearlOrderId, KenticoOrder } from '@bpkc/shared-types';

import { createCustomerStore, type CustomerStore } from './customer-store';
import { createProductStore, type ProductStore } from './product-store';
import { createReferenceData, type ReferenceData } from './reference-data';
import { createRefundStore, type RefundStore } from './refund-store';
import { createShipmentStore, type ShipmentStore } from './shipment-store';
import type { SyncOrigin } from './sim-context';
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
  readonly customers: CustomerStore;
  readonly shipments: ShipmentStore;
  readonly refunds: RefundStore;
  nextId(sequence: Sequence): number;
  getOrder(guid: string): KenticoOrder | undefined;
  saveOrder(order: KenticoOrder): void;
  listOrders(): KenticoOrder[];
  getBinding(guid: string): BrightpearlBinding | undefined;
  setBinding(guid: string, binding: BrightpearlBinding): void;
  /**
   * Who made the order's last status change. The extension keeps it in its own column: thin
   * events cannot carry it, so it is only there for tests (the companion prevents echoes itself).
   */
  statusOrigin(guid: string): SyncOrigin | undefined;
  setStatusOrigin(guid: string, origin: SyncOrigin): void;
}

/** `now` stamps product, stock and customer rows; default the wall clock. */
export function createStore(now: () => string = () => new Date().toISOString()): KenticoStore {
  const sequences: Record<Sequence, number> = { order: 0, orderItem: 0, customer: 0 };
  const orders = new Map<string, KenticoOrder>();
  const bindings = new Map<string, BrightpearlBinding>();
  const statusOrigins = new Map<string, SyncOrigin>();
  return {
    reference: createReferenceData(),
    products: createProductStore(now),
    stock: createStockStore(now),
    customers: createCustomerStore(now),
    shipments: createShipmentStore(),
    refunds: createRefundStore(),
    nextId: (sequence) => ++sequences[sequence],
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
    statusOrigin: (guid) => statusOrigins.get(guid.toLowerCase()),
    setStatusOrigin: (guid, origin) => void statusOrigins.set(guid.toLowerCase(), origin),
  };
}
