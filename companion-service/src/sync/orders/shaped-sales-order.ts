import type { KenticoOrder, MappingConfig, SalesOrderCreate } from '@bpkc/shared-types';

import {
  applyTransforms,
  isCustomFieldKey,
  type TargetValue,
  TransformFailedError,
} from '../../shaping';
import { PermanentSyncError } from './mapping-failure';
import { type ResolvedParties, toSalesOrder } from './sales-order-mapper';

/** What is sent after the create (never in the create body): the note and custom fields. */
export interface OrderFollowUps {
  note: string | null;
  customFields: Record<string, string | number | boolean>;
}

export interface ShapedSalesOrder {
  body: SalesOrderCreate;
  followUps: OrderFollowUps;
}

/**
 * What the order gate adds (its GateDecision's route, notes and tags), spelled out here so the
 * order flow and the gate do not import each other.
 */
export interface GateShaping {
  route: { statusId?: number; channelId?: number; warehouseId?: number };
  notes: string[];
  tags: string[];
}

const HEADER_IDS = ['channelId', 'warehouseId', 'priceListId', 'statusId'] as const;
const ROW_NAME = 'row.name';

/**
 * The sales order as the merchant shaped it: today's mapping (toSalesOrder), then the field
 * transforms, then the business rules' routes (a rule outranks a transform). Notes (the
 * transform's, then the rules' in order) and custom fields (rule tags appended to
 * `settings.orderTagField`) become follow-ups. No transforms and no gate: today's body exactly.
 * A failing transform is a PermanentSyncError('transform-failed') naming the transform.
 */
// eslint-disable-next-line max-params -- the shared contract between helpers (order flow, gate)
export async function shapeSalesOrder(
  order: KenticoOrder,
  mapping: MappingConfig,
  parties: ResolvedParties,
  gate?: GateShaping,
): Promise<ShapedSalesOrder> {
  const body = toSalesOrder(order, mapping, parties);
  const transforms = mapping.transforms.salesOrder;
  try {
    const header = await applyTransforms('salesOrder', transforms, {
      record: order,
      accepts: (key) => key !== ROW_NAME,
    });
    applyHeader(body, header);
    if (transforms[ROW_NAME]) await nameRows(body, order, transforms[ROW_NAME]);
    applyRoute(body, gate?.route);
    return { body, followUps: followUps(header, mapping, gate) };
  } catch (error) {
    if (!(error instanceof TransformFailedError)) throw error;
    throw new PermanentSyncError('transform-failed', error.message, { field: error.field });
  }
}

function applyHeader(body: SalesOrderCreate, values: Record<string, TargetValue>): void {
  if (typeof values.ref === 'string') body.ref = values.ref;
  for (const key of HEADER_IDS) {
    const value = values[key];
    if (typeof value === 'number') body[key] = value;
  }
  if (typeof values.deliveryDate === 'string') {
    body.delivery = { ...body.delivery, date: values.deliveryDate };
  }
}

/** Product rows are matched to their item by externalRef (the item GUID); shipping keeps its name. */
async function nameRows(body: SalesOrderCreate, order: KenticoOrder, expression: string) {
  const bindings = { order };
  for (const item of order.Items) {
    const { [ROW_NAME]: name } = await applyTransforms(
      'salesOrder',
      { [ROW_NAME]: expression },
      { record: item, bindings, accepts: () => true },
    );
    if (typeof name !== 'string') continue;
    for (const row of body.rows) if (row.externalRef === item.OrderItemGUID) row.name = name;
  }
}

function applyRoute(body: SalesOrderCreate, route: GateShaping['route'] | undefined): void {
  if (route?.statusId !== undefined) body.statusId = route.statusId;
  if (route?.channelId !== undefined) body.channelId = route.channelId;
  if (route?.warehouseId !== undefined) body.warehouseId = route.warehouseId;
}

function followUps(
  values: Record<string, TargetValue>,
  mapping: MappingConfig,
  gate: GateShaping | undefined,
): OrderFollowUps {
  const notes = [typeof values.note === 'string' ? values.note : '', ...(gate?.notes ?? [])];
  const note = notes.filter((text) => text.trim() !== '').join('\n');
  const customFields: OrderFollowUps['customFields'] = {};
  for (const [key, value] of Object.entries(values)) {
    if (isCustomFieldKey(key) && value !== undefined) {
      customFields[key.slice('customFields.'.length)] = value;
    }
  }
  const tagField = mapping.settings.orderTagField;
  if (tagField && gate && gate.tags.length > 0) {
    const earlier = customFields[tagField];
    customFields[tagField] = [earlier, ...gate.tags]
      .filter((tag) => tag !== undefined && tag !== '')
      .join(', ');
  }
  return { note: note === '' ? null : note, customFields };
}
