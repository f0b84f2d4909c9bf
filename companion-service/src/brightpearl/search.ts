import { decodeSearchRows, SearchResponse } from '@bpkc/shared-types';
import type { SearchMetaData } from '@bpkc/shared-types';
import { z } from 'zod';

import { parseBody, withQuery } from './envelope';
import { BrightpearlProtocolError } from './errors';
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

/** Rows per page when walking a whole search; the largest page real clients use (reference §4). */
export const SEARCH_PAGE_SIZE = 500;

/**
 * Every row of a search, page after page. The next page starts after the `lastResult` Brightpearl
 * reports, not after our pageSize: the server may cap pages below what was asked for.
 */
export async function searchAll<T extends z.ZodType>(
  transport: Transport,
  request: SearchRequest<T>,
): Promise<Array<z.output<T>>> {
  const rows: Array<z.output<T>> = [];
  let firstResult: number | null = 1;
  while (firstResult !== null) {
    const query = { ...request.query, pageSize: SEARCH_PAGE_SIZE, firstResult };
    const page = await search(transport, { ...request, query });
    rows.push(...page.rows);
    const next = nextFirstResult(page.metaData);
    // A page that does not move forward would loop (and spend budget) forever.
    if (next !== null && next <= firstResult) {
      throw new BrightpearlProtocolError({
        endpoint: request.endpoint,
        status: 200,
        reason: 'search paging does not advance',
      });
    }
    firstResult = next;
  }
  return rows;
}
