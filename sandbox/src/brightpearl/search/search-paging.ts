import { filterError } from './search-filters';
import type { CellValue, SearchColumn } from './search-types';

export const DEFAULT_PAGE_SIZE = 200;
/** Clients use up to 500; the real hard maximum is UNCONFIRMED (reference §4). */
export const MAX_PAGE_SIZE = 500;

export interface Paging {
  pageSize: number;
  /** 1-based index of the first result to return. */
  firstResult: number;
}

export interface Sorting<T> {
  column: SearchColumn<T>;
  direction: 'ASC' | 'DESC';
}

export function parsePaging(query: Record<string, string>): Paging {
  const pageSize = positiveInteger(query, 'pageSize') ?? DEFAULT_PAGE_SIZE;
  return {
    pageSize: Math.min(pageSize, MAX_PAGE_SIZE),
    firstResult: positiveInteger(query, 'firstResult') ?? 1,
  };
}

function positiveInteger(query: Record<string, string>, name: string): number | undefined {
  const raw = query[name];
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw filterError(name, raw, 'INTEGER');
  return Number(raw);
}

/** `sort=column.DESC` (also `column|DESC`, seen in some clients); default: first column ASC. */
export function parseSorting<T>(
  columns: ReadonlyArray<SearchColumn<T>>,
  raw: string | undefined,
): Sorting<T> {
  const fallback = columns[0];
  if (!fallback) throw new Error('a search needs at least one column');
  if (raw === undefined) return { column: fallback, direction: 'ASC' };
  const match = /^([A-Za-z0-9]+)(?:[.|](ASC|DESC))?$/i.exec(raw);
  const column = columns.find((candidate) => candidate.name === match?.[1]);
  if (!match || !column) throw filterError('sort', raw, 'SORT');
  const direction = (match[2] ?? 'ASC').toUpperCase() === 'DESC' ? 'DESC' : 'ASC';
  return { column, direction };
}

export function compareCells(left: CellValue, right: CellValue): number {
  if (left === right) return 0;
  if (left === null) return 1;
  if (right === null) return -1;
  if (typeof left === 'number' && typeof right === 'number') return left - right;
  return String(left).localeCompare(String(right));
}
