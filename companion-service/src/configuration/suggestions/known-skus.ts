import type { Db } from '../../store';
import { listBoundSkus } from '../../sync/product-bindings';

/** At most this many SKUs are compared: the suggestion list is a screen, not a search engine. */
const LIMIT = 20_000;

/**
 * The Brightpearl SKUs the companion already knows (product bindings, filled by orders and the
 * catalog import): candidates for an unmatched Kentico SKU at no Brightpearl call.
 */
export function knownBrightpearlSkus(db: Db): Promise<string[]> {
  return listBoundSkus(db, LIMIT);
}
