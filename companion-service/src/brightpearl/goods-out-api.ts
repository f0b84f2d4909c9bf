import { brightpearlResponse, formatIdSet } from '@bpkc/shared-types';
import { z } from 'zod';

import { validateRequest } from './envelope';
import { GoodsOutNoteRecord, toGoodsOutNote } from './goods-out-record';
import type { Transport } from './http';
import { getOrNone, idSetChunks, sortedUniqueIds } from './id-chunks';
import type { GoodsOutNote } from './order-types';
import { searchAll } from './search';
import type { BrightpearlClient, CallOptions } from './types';
import { fromPeriod, IdKey, Since } from './wire-values';

const ENDPOINTS = {
  get: 'GET /warehouse-service/order/*/goods-note/goods-out/{idSet}',
  search: 'GET /warehouse-service/goods-note/goods-out-search',
} as const;

/** The documented maximum for a goods-out note GET (reference §3.4). */
export const MAX_IDS_PER_GOODS_OUT_GET = 500;

// A map keyed by GON id, not an array (reference §8.2).
const GoodsOutResponse = brightpearlResponse(z.record(IdKey, GoodsOutNoteRecord));

const ShippedRow = z.object({
  goodsOutNoteId: z.number().int().positive(),
  shipped: z.boolean().nullish(),
});

type GoodsOutApi = Pick<BrightpearlClient, 'getGoodsOutNotes' | 'searchShippedGoodsOutNotes'>;

export function createGoodsOutApi(transport: Transport): GoodsOutApi {
  return {
    async getGoodsOutNotes(goodsOutNoteIds: number[], call?: CallOptions) {
      const endpoint = ENDPOINTS.get;
      const notes: GoodsOutNote[] = [];
      for (const chunk of idSetChunks(
        sortedUniqueIds(goodsOutNoteIds, endpoint),
        MAX_IDS_PER_GOODS_OUT_GET,
      )) {
        // `*` for the order: the caller knows the notes, not necessarily their orders.
        const body = await getOrNone(transport, {
          endpoint,
          path: `/warehouse-service/order/*/goods-note/goods-out/${formatIdSet(chunk)}`,
          schema: GoodsOutResponse,
          call,
        });
        // 404: none of this chunk exists. Anything not asked for is ignored.
        const wanted = new Set(chunk);
        for (const [key, note] of Object.entries(body?.response ?? {})) {
          if (wanted.has(Number(key))) notes.push(toGoodsOutNote(Number(key), note));
        }
      }
      return notes.sort((a, b) => a.goodsOutNoteId - b.goodsOutNoteId);
    },

    async searchShippedGoodsOutNotes(since: string, call?: CallOptions) {
      const endpoint = ENDPOINTS.search;
      const from = validateRequest(Since, since, endpoint);
      // Notes have no updatedOn column; shippedOn is the watermark practitioners use (§8.5).
      const rows = await searchAll(transport, {
        endpoint,
        path: '/warehouse-service/goods-note/goods-out-search',
        query: { shipped: 'true', shippedOn: fromPeriod(from) },
        row: ShippedRow,
        call,
      });
      const ids = rows.filter((row) => row.shipped !== false).map((row) => row.goodsOutNoteId);
      return [...new Set(ids)].sort((a, b) => a - b);
    },
  };
}
