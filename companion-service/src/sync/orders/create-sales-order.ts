import type { BrightpearlOrderId, KenticoOrder, SalesOrderCreate } from '@bpkc/shared-types';

import { assertAccountHasOrderReferences } from '../../mapping';
import type { CallMeter } from '../call-meter';
import { createOrAdopt } from '../create-or-adopt';
import { resolveContact } from './contact-resolver';
import * as repo from './order-sync-repository';
import { resolveProductIds } from './product-resolver';
import { saveAnnotations } from './order-annotations';
import { passGate } from './pass-gate';
import { assertOrderIsMappable } from './sales-order-mapper';
import { shapeSalesOrder } from './shaped-sales-order';
import type { OrderSyncDeps } from './sync-order';

export interface CreatedOrder {
  brightpearlOrderId: BrightpearlOrderId;
  customerKind: 'new' | 'returning';
  /** null when an earlier attempt's order was adopted (its contact is read when needed). */
  contactId: number | null;
}

/**
 * The Brightpearl side of one order: adopt an order an earlier attempt may have created, else
 * pass the order gate (rules and checks), resolve products and contact and create the sales
 * order with every row in one request.
 */
export async function createOnce(
  deps: OrderSyncDeps,
  input: { order: KenticoOrder; meter: CallMeter; createSent: boolean },
): Promise<CreatedOrder | { setAside: 'held' | 'skipped' }> {
  const { order, meter } = input;
  assertOrderIsMappable(order, deps.mapping);
  if (input.createSent) {
    const existing = await findExisting(deps, order, meter);
    if (existing)
      return { brightpearlOrderId: existing, customerKind: 'returning', contactId: null };
  }
  // After the adopt search: an order an earlier attempt created is kept, whatever the mapping
  // or the rules say. The gate costs no call, so a held order spends none (ADR 0026).
  assertAccountHasOrderReferences(deps.mappingCheck, { ...deps, order });
  const gate = await passGate(deps, order);
  if ('setAside' in gate) return gate;
  const productIds = await resolveProductIds({ ...deps, meter }, order);
  const contact = await resolveContact({ ...deps, meter }, order);
  const parties = { contactId: contact.contactId, productIds };
  const { body, followUps } = await shapeSalesOrder(order, deps.mapping, parties, gate.send);
  // Stored before the create, so an attempt that adopts this order still adds them (once).
  await saveAnnotations(deps.db, { orderGuid: order.OrderGUID, annotations: followUps });
  await repo.markCreateSent(deps.db, order.OrderGUID);
  const brightpearlOrderId = await createSalesOrder(deps, { order, meter, body });
  deps.faults?.afterBrightpearlCreate?.(order.OrderGUID);
  return { brightpearlOrderId, customerKind: contact.kind, contactId: contact.contactId };
}

async function createSalesOrder(
  deps: OrderSyncDeps,
  input: { order: KenticoOrder; meter: CallMeter; body: SalesOrderCreate },
): Promise<BrightpearlOrderId> {
  return createOrAdopt({
    create: () => deps.brightpearl.createSalesOrder(input.body, input.meter.call),
    find: () => findExisting(deps, input.order, input.meter),
    what: 'order',
  });
}

async function findExisting(
  deps: OrderSyncDeps,
  order: KenticoOrder,
  meter: CallMeter,
): Promise<BrightpearlOrderId | undefined> {
  const ids = await deps.brightpearl.findOrderIdsByExternalRef(order.OrderGUID, meter.call);
  if (ids.length > 1) deps.logger.warn('Several Brightpearl orders share one externalRef', { ids });
  return [...ids].sort((a, b) => a - b)[0];
}
