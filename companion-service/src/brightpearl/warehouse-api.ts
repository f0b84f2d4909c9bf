import { brightpearlResponse, formatIdSet, ProductAvailability } from '@bpkc/shared-types';
import { z } from 'zod';

import { fetchIsolatingBadIds } from './bisect';
import type { AvailabilityFigures, AvailabilityResult } from './catalog-types';
import { getOrNone, idSetChunks, sortedUniqueIds } from './id-chunks';
import type { Transport } from './http';
import type { BrightpearlClient, CallOptions } from './types';

const ENDPOINT = 'GET /warehouse-service/product-availability/{idSet}';

/**
 * 200 ids per call: 10,000 SKUs in 50 calls, inside the benchmark's 60. Smaller chunks only
 * waste budget; a bad id costs a bisection, not a smaller chunk size.
 */
export const MAX_IDS_PER_AVAILABILITY = 200;

const IdKey = z.string().regex(/^\d+$/, 'keys must be ids');
const keysAreIds = (record: Record<string, unknown>): boolean =>
  Object.keys(record).every((key) => IdKey.safeParse(key).success);

const AvailabilityResponse = brightpearlResponse(
  ProductAvailability.refine(
    (products) =>
      keysAreIds(products) &&
      Object.values(products).every((product) => keysAreIds(product.warehouses)),
    'product and warehouse keys must be ids',
  ),
);
type Answer = z.output<typeof AvailabilityResponse>['response'];

type WarehouseApi = Pick<BrightpearlClient, 'getAvailability'>;

export function createWarehouseApi(transport: Transport): WarehouseApi {
  const fetchChunk = async (ids: number[], call: CallOptions | undefined): Promise<Answer> => {
    const body = await getOrNone(transport, {
      endpoint: ENDPOINT,
      path: `/warehouse-service/product-availability/${formatIdSet(ids)}`,
      schema: AvailabilityResponse,
      call,
    });
    // 404: none of these products has availability; treated like an empty answer.
    return body?.response ?? {};
  };

  return {
    async getAvailability(productIds: number[], call?: CallOptions): Promise<AvailabilityResult> {
      const ids = sortedUniqueIds(productIds, ENDPOINT);
      const result: AvailabilityResult = { availability: new Map(), missingProductIds: [] };
      for (const chunk of idSetChunks(ids, MAX_IDS_PER_AVAILABILITY)) {
        const { results, badIds } = await fetchIsolatingBadIds(chunk, (set) =>
          fetchChunk(set, call),
        );
        for (const answer of results) collect(answer, { wanted: new Set(chunk), into: result });
        result.missingProductIds.push(...badIds);
      }
      return result;
    },
  };
}

/** Copies the requested products of one answer; anything else Brightpearl sent is ignored. */
function collect(answer: Answer, target: { wanted: Set<number>; into: AvailabilityResult }): void {
  for (const [key, product] of Object.entries(answer)) {
    const productId = Number(key);
    if (!target.wanted.has(productId)) continue;
    const warehouses = new Map(
      Object.entries(product.warehouses).map(([id, figures]) => [Number(id), pick(figures)]),
    );
    target.into.availability.set(productId, { total: pick(product.total), warehouses });
  }
}

// inTransit is dropped: it is not sellable and not part of what the shop shows.
function pick(figures: AvailabilityFigures): AvailabilityFigures {
  return { onHand: figures.onHand, allocated: figures.allocated, inStock: figures.inStock };
}
