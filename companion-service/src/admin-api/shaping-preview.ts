import type {
  KenticoOrder,
  MappingConfig,
  PreviewSample,
  PreviewSide,
  TransformEntity,
} from '@bpkc/shared-types';

import { type KenticoBridgeClient, KenticoNotFoundError } from '../kentico';
import type { Db } from '../store';
import { searchOrders } from '../sync/orders/order-sync-reports';
import { AdminApiError, BadRequestError, NotFoundError, UpstreamError } from './errors';
import { previewContact } from './preview-contact';
import { errorSide } from './preview-requests';
import { previewSalesOrder } from './preview-sales-order';
import { isoOrNull } from './sql-values';

/** What the transform screens read: the companion's tables and the Kentico bridge, never Brightpearl. */
export interface ShapingDeps {
  db: Db;
  kentico: Pick<KenticoBridgeClient, 'getOrder'>;
}

const SAMPLE_COUNT = 20;

/**
 * Recent orders the companion received (newest first). A contact is previewed through an order
 * of the customer (its billing address is part of the contact), so its samples are orders too.
 */
export async function previewSamples(
  deps: ShapingDeps,
  entity: TransformEntity,
): Promise<PreviewSample[]> {
  if (entity === 'product') return [];
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

/** The Kentico order behind a preview or test (a Kentico call; none to Brightpearl). */
export async function readSampleOrder(
  deps: ShapingDeps,
  entity: TransformEntity,
  id: string,
): Promise<KenticoOrder | null> {
  if (entity === 'product') return null;
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
    order: KenticoOrder | null;
    mapping: MappingConfig;
    mappingVersion: number | null;
  },
): Promise<PreviewSide> {
  const { order, mapping, mappingVersion } = input;
  if (!order) {
    return errorSide(mappingVersion, [
      'a product preview needs the Brightpearl product record, which costs calls: try the product transforms with Test instead',
    ]);
  }
  if (input.entity === 'contact') return previewContact(deps, { order, mapping, mappingVersion });
  return previewSalesOrder(deps, { order, mapping, mappingVersion });
}
