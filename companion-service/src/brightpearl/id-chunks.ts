import { z } from 'zod';

import { parseBody, validateRequest } from './envelope';
import { BrightpearlNotFoundError } from './errors';
import type { Transport } from './http';
import type { CallOptions } from './types';

const PositiveIds = z.array(z.number().int().positive());

/**
 * Validated, deduplicated and sorted: consecutive ids then land in the same chunk and fold into
 * ranges ("1-200"), which keeps the URL short whatever the chunk size.
 */
export function sortedUniqueIds(ids: number[], endpoint: string): number[] {
  const valid = validateRequest(PositiveIds, ids, endpoint);
  return [...new Set(valid)].sort((a, b) => a - b);
}

/** Slices of at most `size` ids; pass each through formatIdSet for the `{idSet}` path segment. */
export function idSetChunks(ids: number[], size: number): number[][] {
  const chunks: number[][] = [];
  for (let start = 0; start < ids.length; start += size)
    chunks.push(ids.slice(start, start + size));
  return chunks;
}

export interface GetRequest<T extends z.ZodType> {
  /** Template, e.g. `GET /product-service/product/{idSet}`. */
  endpoint: string;
  path: string;
  schema: T;
  call?: CallOptions;
}

/**
 * A GET whose 404 means "none of these exist": most services answer CMNC-404 where the order
 * service answers 200 + [] (reference §3.3), so both read as nothing found (null here).
 */
export async function getOrNone<T extends z.ZodType>(
  transport: Transport,
  request: GetRequest<T>,
): Promise<z.output<T> | null> {
  try {
    const response = await transport.send({
      method: 'GET',
      endpoint: request.endpoint,
      path: request.path,
      call: request.call,
    });
    return parseBody(request.schema, response, request.endpoint);
  } catch (error) {
    if (error instanceof BrightpearlNotFoundError) return null;
    throw error;
  }
}
