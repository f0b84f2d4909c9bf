import { mulberry32, type StoredOrder } from '@bpkc/sandbox';

import { createActor } from './chaos-actions';
import type { ChaosConfig } from './chaos-config';
import type { FlowName, LifecycleLog } from './chaos-flows';
import type { PlacedOrders } from './chaos-load';
import type { ChaosSims } from './chaos-sims';

type KenticoSide = 'statusesToBrightpearl' | 'refunds';

/**
 * The rest of an order's life while the load runs: each good order, once it is in Brightpearl,
 * gets one flow (seeded): staff ship it in two notes, change its status or credit it in
 * Brightpearl, or the merchant marks it paid or refunds it in Kentico (once it shows as synced
 * there). Customers whose last order is placed get edited on both sides. Returns stop(), which
 * ships every outstanding rest at once.
 */
export function startLifecycle(
  sims: ChaosSims,
  input: { config: ChaosConfig; placed: PlacedOrders; log: LifecycleLog; loadMs: number },
): { stop(): void } {
  const { config, placed, log } = input;
  const actor = createActor(sims, log);
  const random = mulberry32(config.seed + 606);
  const seen = new Set<string>();
  const waiting = new Map<string, { flow: KenticoSide; order: StoredOrder }>();
  const rests: Array<{ order: StoredOrder; guid: string; due: number }> = [];
  const customerEvery = input.loadMs / Math.max(1, config.customerUpdates);
  let nextCustomerAt = Date.now() + customerEvery;

  const pickFlow = (guid: string): FlowName | undefined => {
    const shares = config.flowShares;
    const roll = random();
    if (placed.paid.has(guid)) return roll < shares.refunds ? 'refunds' : undefined;
    const order: Array<[FlowName, number]> = [
      ['shipments', shares.shipments],
      ['statusesToBrightpearl', shares.statusesToBrightpearl],
      ['statusesToKentico', shares.statusesToKentico],
      ['brightpearlCredits', shares.brightpearlCredits],
    ];
    let edge = 0;
    for (const [flow, share] of order) if (roll < (edge += share)) return flow;
    return undefined;
  };

  const start = (order: StoredOrder, guid: string) => {
    const flow = pickFlow(guid);
    if (flow === 'shipments') {
      if (actor.shipFirst(order, guid))
        rests.push({ order, guid, due: Date.now() + 4_000 + random() * 8_000 });
    } else if (flow === 'statusesToKentico') actor.statusToKentico(order, guid);
    else if (flow === 'brightpearlCredits') actor.brightpearlCredit(order, guid);
    else if (flow) waiting.set(guid, { flow, order });
  };

  const tick = () => {
    const good = (guid: string | undefined) =>
      guid !== undefined && placed.emails.has(guid) && !placed.bad.has(guid);
    for (const order of sims.brightpearl.state.orders.values()) {
      // By GUID: a duplicate Brightpearl order (a defect the checks report) gets no second flow.
      if (order.orderTypeCode !== 'SO' || !good(order.externalRef) || seen.has(order.externalRef!))
        continue;
      seen.add(order.externalRef!);
      start(order, order.externalRef!);
    }
    for (const [guid, { flow, order }] of waiting) {
      if (sims.kentico.getOrder(guid)?.BpcBrightpearlOrderID == null) continue;
      waiting.delete(guid);
      if (flow === 'refunds') actor.refund(guid);
      else actor.statusToBrightpearl(order, guid);
    }
    const now = Date.now();
    for (const rest of rests.filter((candidate) => candidate.due <= now)) {
      rests.splice(rests.indexOf(rest), 1);
      actor.shipRest(rest.order, rest.guid);
    }
    if (now >= nextCustomerAt && log.customers.size < config.customerUpdates) {
      nextCustomerAt = now + customerEvery;
      editOneCustomer();
    }
  };

  /** A customer with no order still to come, already a contact in Brightpearl. */
  const editOneCustomer = () => {
    for (const [guid, email] of placed.emails) {
      const last = placed.lastOrderOf.get(email) ?? Infinity;
      if (last >= placed.count || placed.bad.has(guid)) continue;
      const order = sims.kentico.getOrder(guid);
      const customerGuid = order?.Customer.CustomerGUID;
      if (!customerGuid || log.customers.has(customerGuid) || order.BpcBrightpearlOrderID == null)
        continue;
      const contactId = sims.brightpearl.state.orders.get(order.BpcBrightpearlOrderID)?.customer.id;
      if (contactId === undefined) continue;
      actor.editCustomer({ customerGuid, email, contactId });
      return;
    }
  };

  const timer = setInterval(tick, 500);
  return {
    stop() {
      clearInterval(timer);
      for (const rest of rests.splice(0)) actor.shipRest(rest.order, rest.guid);
    },
  };
}
