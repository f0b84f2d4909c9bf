import type { BrightpearlErrorItem } from '@bpkc/shared-types';
import { StockCorrection } from '@bpkc/shared-types';

import { BrightpearlError, ERROR_CODES, parseBody } from '../errors';
import type { RouteContext } from '../route';
import { takeId } from '../state';
import type { SimulatorState } from '../state';
import { onHandOf, stockLevel, warehouseExists } from './stock';

type Correction = StockCorrection['corrections'][number];

const invalid = (message: string): BrightpearlErrorItem => ({
  code: ERROR_CODES.warehouseValidation,
  message,
});

/**
 * POST /warehouse-service/warehouse/{warehouseId}/stock-correction (reference §7.6). All lines
 * are checked before any is applied, so a bad line leaves stock untouched. One goods note is
 * made per request (its GET shape holds a `goodsMoved` list); the response is `[goodsNoteId]`.
 * Raises `product.modified.on-hand-modified` for every product whose on-hand really changed.
 */
export function correctStock(context: RouteContext): number[] {
  const { state } = context;
  const warehouseId = Number(context.params['warehouseId']);
  if (!Number.isInteger(warehouseId) || !warehouseExists(state, warehouseId)) {
    const message = `Warehouse ${context.params['warehouseId'] ?? ''} does not exist`;
    throw BrightpearlError.of(400, ERROR_CODES.warehouseValidation, message);
  }
  const input = parseBody(StockCorrection, context.body, ERROR_CODES.warehouseValidation);
  const { targets, errors } = planCorrections(state, { warehouseId, lines: input.corrections });
  if (errors.length > 0) throw new BrightpearlError(400, errors);
  const changed = applyTargets(state, { warehouseId, targets });
  if (changed.length > 0) {
    context.emit({
      resourceType: 'product',
      lifecycleEvent: 'modified',
      specifier: 'on-hand-modified',
      ids: changed,
    });
  }
  return [takeId(state, 'goodsNote')];
}

/** The on-hand each product ends at; lines for one product add up in order. */
function planCorrections(
  state: SimulatorState,
  { warehouseId, lines }: { warehouseId: number; lines: Correction[] },
): { targets: Map<number, number>; errors: BrightpearlErrorItem[] } {
  const targets = new Map<number, number>();
  const errors: BrightpearlErrorItem[] = [];
  lines.forEach((line, index) => {
    const before = targets.get(line.productId) ?? onHandOf(state, { ...line, warehouseId });
    const problem = lineProblem(state, { line, before, warehouseId });
    if (problem === undefined) targets.set(line.productId, before + line.quantity);
    else errors.push(invalid(`corrections.${index}: ${problem}`));
  });
  return { targets, errors };
}

function lineProblem(
  state: SimulatorState,
  { line, before, warehouseId }: { line: Correction; before: number; warehouseId: number },
): string | undefined {
  const { productId, quantity } = line;
  const product = state.products.get(productId);
  if (!product) return `product ${productId} does not exist`;
  if (!product.stockTracked) return `product ${productId} is not stock tracked`;
  // Brightpearl keeps no negative on-hand: removing more than there is fails (reference §7.6).
  if (before + quantity < 0) {
    return `cannot remove ${-quantity} of product ${productId}: only ${before} on hand in warehouse ${warehouseId}`;
  }
  return undefined;
}

function applyTargets(
  state: SimulatorState,
  { warehouseId, targets }: { warehouseId: number; targets: Map<number, number> },
): number[] {
  const changed: number[] = [];
  for (const [productId, onHand] of targets) {
    const level = stockLevel(state, { productId, warehouseId });
    if (level.onHand === onHand) continue;
    const product = state.products.get(productId);
    // Adding stock to an archived product makes it LIVE again (reference §7.6).
    if (product && onHand > level.onHand) product.status = 'LIVE';
    level.onHand = onHand;
    changed.push(productId);
  }
  return changed;
}
