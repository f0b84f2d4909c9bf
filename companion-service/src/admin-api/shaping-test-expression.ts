import type {
  KenticoOrder,
  TestExpressionRequest,
  TestExpressionResult,
  TransformEntity,
} from '@bpkc/shared-types';

import {
  checkExpressionNames,
  evaluateTarget,
  ExpressionError,
  inputShapeFor,
  SAMPLE_ORDER,
  targetFor,
} from '../shaping';
import { PermanentSyncError } from '../sync/orders/mapping-failure';
import { orderAddresses } from '../sync/orders/order-addresses';
import { searchOrders } from '../sync/orders/order-sync-reports';
import { productTestInput } from './preview-product';
import { readSampleOrder, type ShapingDeps } from './shaping-preview';

/**
 * POST /transforms/test: one expression against a real recent order (or the one named), coerced
 * to its target's type. Nothing is stored and Brightpearl is not called. Products are tried on a
 * product catalog sync read recently (the one named, by SKU), else on a built-in sample.
 */
export async function testExpression(
  deps: ShapingDeps,
  request: TestExpressionRequest,
): Promise<TestExpressionResult> {
  const { entity, key, expression } = request;
  if (!targetFor(entity, key)) {
    return { ok: false, error: `${key} is not a field a transform can set` };
  }
  try {
    const [problem] = await checkExpressionNames(expression, inputShapeFor(entity, key));
    if (problem) return { ok: false, error: problem.message };
    const record = await recordFor(deps, entity, request.sampleId);
    const row = entity === 'salesOrder' && key.startsWith('row.');
    const order = record as KenticoOrder;
    const value = await evaluateTarget(entity, {
      key,
      expression,
      record: row ? order.Items[0] : record,
      bindings: row ? { order } : {},
    });
    return { ok: true, value: value ?? null };
  } catch (error) {
    if (error instanceof ExpressionError || error instanceof PermanentSyncError) {
      return { ok: false, error: error.message };
    }
    throw error;
  }
}

async function recordFor(
  deps: ShapingDeps,
  entity: TransformEntity,
  sampleId: string | undefined,
): Promise<unknown> {
  if (entity === 'product') return productTestInput(deps.db, sampleId);
  const order = await sampleOrder(deps, sampleId);
  if (entity === 'salesOrder') return order;
  return { customer: order.Customer, billingAddress: orderAddresses(order).billing, order };
}

/** The order named, else the newest the companion received, else the built-in sample. */
async function sampleOrder(deps: ShapingDeps, sampleId: string | undefined): Promise<KenticoOrder> {
  let id = sampleId;
  if (id === undefined) {
    const { rows } = await searchOrders(deps.db, {
      search: null,
      state: null,
      limit: 1,
      offset: 0,
    });
    id = rows[0]?.order_guid;
  }
  if (id === undefined) return SAMPLE_ORDER;
  return readSampleOrder(deps, id);
}
