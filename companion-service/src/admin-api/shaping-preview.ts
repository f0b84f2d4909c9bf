import type {
  KenticoOrder,
  MappingConfig,
  PreviewSample,
  PreviewSide,
  TransformEntity,
} from '@bpkc/shared-types';

import { type KenticoBridgeClient, KenticoNotFoundError } from '../kentico';
import type { Db } from '../store';
import type { ProductSample } from '../sync/catalog/product-samples';
import { searchOrders } from '../sync/orders/order-sync-reports';
import { AdminApiError, BadRequestError, NotFoundError, UpstreamError } from './errors';
import { previewContact } from './preview-contact';
import { previewProduct, productPreviewSamples, readSampleProduct } from './preview-product';
import { previewSalesOrder } from './preview-sales-order';
import { isoOrNull } from './sql-values';

/** What the transform screens read: the companion's tables and the Kentico bridge, never Brightpearl. */
export interface ShapingDeps {
  db: Db;
  kentico: Pick<KenticoBridgeClient, 'getOrder'>;
}

const SAMPLE_COUNT = 20;

/** What a preview shapes: a Kentico order (sales order, contact) or a stored product record. */
export type PreviewSubject =
  { kind: 'order'; order: KenticoOrder } | { kind: 'product'; sample: ProductSample };

/**
 * Recent orders the companion received (newest first). A contact is previewed through an order
 * of the customer (its billing address is part of the contact), so its samples are orders too.
 * Products: the ones catalog sync read most recently.
 */
export async function previewSamples(
  deps: ShapingDeps,
  entity: TransformEntity,
): Promise<PreviewSample[]> {
  if (entity === 'product') return productPreviewSamples(deps.db, SAMPLE_COUNT);
  const { rows } = await searchOrders(deps.db, {
    search: null,
    state: null,
    limit: SAMPLE_COUNT,
    offset: 0,
  });
  return rows.map((row) => {
    const number = row.order_number ?? row.order_guid;
    return {
      id: row.order_guid,
      label: entity === 'contact' ? `Customer of order ${number}` : `Order ${number}`,
      at: isoOrNull(row.received_at),
    };
  });
}

/** The record behind a preview: an order from Kentico, a product from the companion's table. */
export async function readSample(
  deps: ShapingDeps,
  entity: TransformEntity,
  id: string,
): Promise<PreviewSubject> {
  if (entity === 'product')
    return { kind: 'product', sample: await readSampleProduct(deps.db, id) };
  return { kind: 'order', order: await readSampleOrder(deps, id) };
}

/** The Kentico order behind a preview or test (a Kentico call; none to Brightpearl). */
export async function readSampleOrder(deps: ShapingDeps, id: string): Promise<KenticoOrder> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) {
    throw new BadRequestError('invalid body field "id": an order GUID', 'id');
  }
  try {
    return await deps.kentico.getOrder(id);
  } catch (error) {
    if (error instanceof AdminApiError) throw error;
    if (error instanceof KenticoNotFoundError)
      throw new NotFoundError(`Kentico has no order ${id}`);
    throw new UpstreamError(`Kentico did not answer for order ${id}: try again shortly`);
  }
}

export async function previewSide(
  deps: ShapingDeps,
  input: {
    entity: TransformEntity;
    subject: PreviewSubject;
    mapping: MappingConfig;
    mappingVersion: number | null;
  },
): Promise<PreviewSide> {
  const { subject, mapping, mappingVersion } = input;
  if (subject.kind === 'product') {
    return previewProduct({ sample: subject.sample, mapping, mappingVersion });
  }
  const order = subject.order;
  if (input.entity === 'contact') return previewContact(deps, { order, mapping, mappingVersion });
  return previewSalesOrder(deps, { order, mapping, mappingVersion });
}
