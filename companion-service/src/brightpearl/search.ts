import { decodeSearchRows, SearchResponse } from '@bpkc/shared-types';
import type { SearchMetaData } from '@bpkc/shared-types';
import { z } from 'zod';

import { parseBody, withQuery } from './envelope';
import type { Transport } from './http';
import type { CallOptions } from './types';

export interface SearchRequest<T extends z.ZodType> {
  /** e.g. `GET /product-service/product-search` */
  endpoint: string;
  path: string;
  query: Record<string, string | number>;
  /** Shape of one decoded row; extra columns are ignored. */
  row: T;
  call?: CallOptions;
}

export interface SearchPage<T> {
  rows: T[];
  metaData: SearchMetaData;
}

/**
 * Runs a resource search and decodes its positional rows by column NAME: column order differs
 * between accounts and API versions (reference §4).
 */
export async function search<T extends z.ZodType>(
  transport: Transport,
  request: SearchRequest<T>,
): Promise<SearchPage<z.output<T>>> {
  const response = await transport.send({
    method: 'GET',
    endpoint: request.endpoint,
    path: withQuery(request.path, request.query),
    call: request.call,
  });
  const body = parseBody(SearchResponse, response, request.endpoint);
  const rows = parseBody(
    z.array(request.row),
    { status: response.status, body: decodeSearchRows(body) },
    request.endpoint,
  );
  return { rows, metaData: body.response.metaData };
}

/** The `firstResult` of the next page, or null when this was the last one. */
export function nextFirstResult(metaData: SearchMetaData): number | null {
  if (!metaData.morePagesAvailable) return null;
  const first = metaData.firstResult ?? 1;
  const last = metaData.lastResult ?? first + metaData.resultsReturned - 1;
  return last + 1;
}
