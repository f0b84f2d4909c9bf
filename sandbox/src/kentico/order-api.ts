import type { KenticoOrder, KenticoRefund } from '@bpkc/shared-types';

import { createOrder } from './place-order';
import type { PlaceOrderInput } from './place-order-input';
import { kenticoRefund, type NewRefundInput } from './refunds';
import type { KenticoShipment } from './shipment-store';
import type { SimContext, SyncOrigin } from './sim-context';

/** An order as the simulator hands it to tests: the bridge's view plus who last set its status. */
export type KenticoSimOrder = KenticoOrder & {
  /** Absent until the status first changes; not on the wire (the contract has no such field). */
  lastStatusOrigin?: SyncOrigin;
};

/** The simulator's order methods. Everything returned is a copy. */
export interface OrderApi {
  /**
   * Creates the order and emits `order.created` unless `emit: false` (a lost event). Takes the
   * units off the stock row of every SKU that has one, never below 0.
   */
  placeOrder(input: PlaceOrderInput, options?: { emit?: boolean }): KenticoOrder;
  /**
   * Sets the status as an admin would: bumps OrderModifiedWhen and emits `order.status-changed`
   * (even for the same status: an admin pressing Save). Throws on an unknown order or status.
   */
  setOrderStatus(
    orderGuid: string,
    statusName: string,
    options?: { emit?: boolean },
  ): KenticoSimOrder;
  getOrder(orderGuid: string): KenticoSimOrder | undefined;
  listOrders(): KenticoSimOrder[];
  /** Goods-out notes written back through the bridge, in arrival order. */
  getShipments(orderGuid: string): KenticoShipment[];
  /**
   * A merchant refunds in Kentico: lines priced from the order items, no cap at what was ordered
   * (over-refunds are test input). Emits `refund.created` unless `emit: false`. Throws on an
   * unknown order or a SKU that is not on it.
   */
  createRefund(
    orderGuid: string,
    input: NewRefundInput,
    options?: { emit?: boolean },
  ): KenticoRefund;
  /** Refunds of the order, both origins, oldest first. */
  listRefunds(orderGuid: string): KenticoRefund[];
}

export function createOrderApi(ctx: SimContext, currencyCode: string): OrderApi {
  const { store } = ctx;
  const view = (order: KenticoOrder): KenticoSimOrder => {
    const origin = store.statusOrigin(order.OrderGUID);
    return { ...structuredClone(order), ...(origin ? { lastStatusOrigin: origin } : {}) };
  };
  const orderOrThrow = (orderGuid: string) => {
    const order = store.getOrder(orderGuid);
    if (!order) throw new Error(`Unknown order ${orderGuid}`);
    return order;
  };

  return {
    placeOrder(input, options = {}) {
      const order = createOrder(store, input, { now: ctx.now, currencyCode });
      // The extension's insert handler fires as the order is written, hence its creation time.
      const occurredAt = order.OrderCreatedWhen;
      if (options.emit !== false) ctx.emit('order.created', order.OrderGUID, { occurredAt });
      return structuredClone(order);
    },
    setOrderStatus(orderGuid, statusName, options = {}) {
      const order = store.getOrder(orderGuid);
      const status = store.reference.orderStatuses.find(statusName);
      if (!order || !status) throw new Error(`Unknown order ${orderGuid} or status ${statusName}`);
      order.OrderOrderStatusID = status.OrderStatusID;
      order.OrderStatusName = status.OrderStatusName;
      order.OrderModifiedWhen = ctx.now();
      store.setStatusOrigin(order.OrderGUID, 'kentico');
      const occurredAt = order.OrderModifiedWhen;
      if (options.emit !== false) ctx.emit('order.status-changed', order.OrderGUID, { occurredAt });
      return view(order);
    },
    getOrder: (orderGuid) => {
      const order = store.getOrder(orderGuid);
      return order && view(order);
    },
    listOrders: () => store.listOrders().map(view),
    getShipments: (orderGuid) => store.shipments.list(orderGuid),
    createRefund(orderGuid, input, options = {}) {
      const refund = kenticoRefund(orderOrThrow(orderGuid), input, ctx.now());
      store.refunds.add(refund);
      if (options.emit !== false) {
        ctx.emit('refund.created', refund.RefundGUID, { occurredAt: refund.RefundCreatedWhen });
      }
      return structuredClone(refund);
    },
    listRefunds: (orderGuid) => store.refunds.listForOrder(orderGuid),
  };
}
