import type { BrightpearlErrorItem } from '@bpkc/shared-types';
import { z } from 'zod';

import { ERROR_CODES } from '../errors';
import type { SimulatorState, StoredOrder } from '../state';
import { isTrackedRow, itemsOf, rowProgress } from './goods-out-quantities';
import { warehouseExists } from './stock';

/** Reference §8.1 body: one note per `warehouses` entry. */
export const GoodsOutCreate = z.object({
  warehouses: z
    .array(
      z.object({
        releaseDate: z.string().optional(),
        warehouseId: z.number().int().positive(),
        transfer: z.boolean().optional(),
        products: z
          .array(
            z.object({
              productId: z.number().int().positive(),
              salesOrderRowId: z.number().int().positive(),
              quantity: z.number().int().positive(),
            }),
          )
          .min(1),
      }),
    )
    .min(1),
  priority: z.boolean().optional(),
  shippingMethodId: z.number().int().positive().optional(),
});
export type GoodsOutCreate = z.infer<typeof GoodsOutCreate>;
type Line = GoodsOutCreate['warehouses'][number]['products'][number];

const invalid = (message: string): BrightpearlErrorItem => ({
  code: ERROR_CODES.goodsOutValidation,
  message,
});

/**
 * Everything the schema cannot know (codes and messages UNCONFIRMED): the warehouse and method
 * exist, and each line names a stock-tracked row of THIS order without exceeding what is not yet
 * on a note. Lines of one request add up, so two lines cannot together over-note a row.
 */
export function checkGoodsOut(
  state: SimulatorState,
  { order, input }: { order: StoredOrder; input: GoodsOutCreate },
): BrightpearlErrorItem[] {
  // Sales credits come back through goods-in notes (reference §8.7), never out.
  if (order.orderTypeCode !== 'SO') return [invalid(`Order ${order.id} is not a sales order`)];
  const errors: BrightpearlErrorItem[] = [];
  const methodId = input.shippingMethodId;
  if (methodId !== undefined && !state.lookups.shippingMethods.some((m) => m.id === methodId)) {
    errors.push(invalid(`shippingMethodId: shipping method ${methodId} does not exist`));
  }
  const progress = rowProgress(state, order.id);
  const noted = new Map([...progress].map(([rowId, entry]) => [rowId, entry.noted]));
  input.warehouses.forEach((entry, w) => {
    const field = `warehouses.${w}`;
    if (!warehouseExists(state, entry.warehouseId)) {
      errors.push(invalid(`${field}.warehouseId: warehouse ${entry.warehouseId} does not exist`));
    }
    if (entry.releaseDate !== undefined && Number.isNaN(Date.parse(entry.releaseDate))) {
      errors.push(invalid(`${field}.releaseDate: "${entry.releaseDate}" is not an ISO-8601 date`));
    }
    entry.products.forEach((line, p) => {
      const problem = lineProblem(state, { order, line, noted });
      if (problem !== undefined) errors.push(invalid(`${field}.products.${p}: ${problem}`));
    });
  });
  return errors;
}

/** Checks one line and, when it is fine, counts it into `noted`. */
function lineProblem(
  state: SimulatorState,
  { order, line, noted }: { order: StoredOrder; line: Line; noted: Map<number, number> },
): string | undefined {
  const row = order.rows.find((candidate) => candidate.id === line.salesOrderRowId);
  if (!row) return `row ${line.salesOrderRowId} is not on order ${order.id}`;
  if (row.productId !== line.productId) {
    return `row ${row.id} is for product ${row.productId}, not ${line.productId}`;
  }
  // Only stock-tracked rows are goods-noted (NST otherwise, §5.5); rejecting others is UNCONFIRMED.
  if (!isTrackedRow(state, row)) return `product ${row.productId} is not stock tracked`;
  const left = itemsOf(row) - (noted.get(row.id) ?? 0);
  if (line.quantity > left) {
    return `quantity ${line.quantity} exceeds the ${left} of row ${row.id} not yet on a goods-out note`;
  }
  noted.set(row.id, (noted.get(row.id) ?? 0) + line.quantity);
  return undefined;
}
