import type { ProductAvailability } from '@bpkc/shared-types';
import { formatIdSet } from '@bpkc/shared-types';

import { BrightpearlError, ERROR_CODES } from '../errors';
import { idsFromPath, pickByIds } from '../id-params';
import type { RouteContext } from '../route';
import { availabilityOf } from './stock';

/**
 * Ids per availability call. Brightpearl documents no limit here (reference §7.5); clients chunk
 * at 100–200 (§3.4). We accept up to 1000 and answer a longer set with 400 — UNCONFIRMED.
 */
export const MAX_AVAILABILITY_IDS = 1000;

/**
 * GET /warehouse-service/product-availability/{idSet} (reference §7.5): keyed by product id,
 * stock-tracked products only (others are simply absent). One id that does not exist fails the
 * whole call with 400 ([DOC][CODE]: clients bisect); the code and message are UNCONFIRMED.
 */
export function productAvailability(context: RouteContext): ProductAvailability {
  const { state } = context;
  const ids = idsFromPath(
    context.params['idSet'],
    '/warehouse-service/product-availability',
    MAX_AVAILABILITY_IDS,
  );
  const unknown = ids.filter((id) => !state.products.has(id));
  if (unknown.length > 0) {
    const message = `Product ids ${formatIdSet(unknown)} are not valid product ids`;
    throw BrightpearlError.of(400, ERROR_CODES.warehouseValidation, message);
  }
  return Object.fromEntries(
    pickByIds(state.products, ids)
      .filter((product) => product.stockTracked)
      .map((product) => [String(product.id), availabilityOf(state, product.id)]),
  );
}
