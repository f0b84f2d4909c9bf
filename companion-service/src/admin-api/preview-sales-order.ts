import type {
  BrightpearlContactId,
  BrightpearlProductId,
  KenticoOrder,
  MappingConfig,
  PreviewSide,
} from '@bpkc/shared-types';

import type { Db } from '../store';
import { evaluateOrderGate } from '../sync/order-gate';
import { boundContact, cachedContactForEmail, emailHash } from '../sync/orders/contact-bindings';
import { PermanentSyncError } from '../sync/orders/mapping-failure';
import { boundProducts } from '../sync/orders/product-resolver';
import { assertOrderIsMappable } from '../sync/orders/sales-order-mapper';
import { shapeSalesOrder } from '../sync/orders/shaped-sales-order';
import { errorSide, followUpRequests, PLACEHOLDER_ID } from './preview-requests';

export interface PreviewInput {
  order: KenticoOrder;
  mapping: MappingConfig;
  mappingVersion: number | null;
}

/**
 * The sales order one mapping would send for `order`, at zero Brightpearl calls: products and
 * contact from the companion's bindings (placeholders with a note for what is not known yet),
 * the gate from the companion's own tables. A mapping problem is decision 'error' with the
 * reason, as the order flow would dead-letter it.
 */
export async function previewSalesOrder(
  deps: { db: Db },
  input: PreviewInput,
): Promise<PreviewSide> {
  const { order, mapping, mappingVersion } = input;
  try {
    assertOrderIsMappable(order, mapping);
    const gate = await evaluateOrderGate(deps, { order, mapping, approved: false });
    const side = { mappingVersion, findings: gate.findings };
    if (gate.decision !== 'send') {
      return { ...side, body: null, followUps: [], decision: gate.decision, notes: [] };
    }
    const notes: string[] = [];
    const productIds = await productIdsFor(deps.db, { order, mapping }, notes);
    const contactId = await contactIdFor(deps.db, order, notes);
    const shaped = await shapeSalesOrder(order, mapping, { contactId, productIds }, gate);
    const followUps = followUpRequests(shaped.followUps);
    return { ...side, body: shaped.body, followUps, decision: 'send', notes };
  } catch (error) {
    if (error instanceof PermanentSyncError) return errorSide(mappingVersion, [error.message]);
    throw error;
  }
}

async function productIdsFor(
  db: Db,
  { order, mapping }: Pick<PreviewInput, 'order' | 'mapping'>,
  notes: string[],
): Promise<Map<string, BrightpearlProductId>> {
  const aliases = mapping.products.skuAliases;
  const inBrightpearl = (sku: string) => (Object.hasOwn(aliases, sku) ? aliases[sku]! : sku);
  const skus = [...new Set(order.Items.map((item) => item.OrderItemSKU))];
  const bound = await boundProducts(db, [...new Set(skus.map(inBrightpearl))]);
  const ids = new Map<string, BrightpearlProductId>();
  for (const sku of skus) {
    const id = bound.get(inBrightpearl(sku));
    if (id === undefined) {
      notes.push(
        `SKU ${sku}: not matched yet; Brightpearl would be searched for it (product id 0 here)`,
      );
    }
    ids.set(sku, id ?? (PLACEHOLDER_ID as BrightpearlProductId));
  }
  return ids;
}

async function contactIdFor(
  db: Db,
  order: KenticoOrder,
  notes: string[],
): Promise<BrightpearlContactId> {
  const customer = order.Customer;
  const known =
    (await boundContact(db, customer.CustomerGUID)) ??
    (await cachedContactForEmail(db, emailHash(customer.CustomerEmail)));
  if (known !== undefined) return known;
  notes.push('new customer: a contact would be created (contact id 0 here)');
  return PLACEHOLDER_ID as BrightpearlContactId;
}
