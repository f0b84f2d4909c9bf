import { parseIdSet } from '@bpkc/shared-types';

import { BrightpearlError, ERROR_CODES } from '../errors';
import type { CellValue, ReportDataType, SearchColumn } from './search-types';

export type CellPredicate = (cell: CellValue) => boolean;

/** Unparseable filters are answered with HTTP 500 CMNC-018, not 400 (reference §3.2, [REC]). */
export function filterError(name: string, raw: string, type: string): BrightpearlError {
  return BrightpearlError.of(
    500,
    ERROR_CODES.badFilter,
    `The filter ${name}=${raw} cannot be parsed as: ${type}`,
  );
}

export function buildPredicate<T>(column: SearchColumn<T>, raw: string): CellPredicate {
  const fail = (): never => {
    throw filterError(column.name, raw, column.type);
  };
  const build = PARSERS[column.type];
  return build(raw, fail, column.caseInsensitive === true);
}

type Parser = (raw: string, fail: () => never, caseInsensitive: boolean) => CellPredicate;

const PARSERS: Record<ReportDataType, Parser> = {
  IDSET: (raw, fail) => {
    let ids: Set<number>;
    try {
      ids = new Set(parseIdSet(raw));
    } catch {
      return fail();
    }
    return (cell) => typeof cell === 'number' && ids.has(cell);
  },
  // Ranges are rejected on INTEGER columns (reference §4).
  INTEGER: (raw, fail) => {
    if (!/^-?\d+$/.test(raw.trim())) fail();
    const wanted = Number(raw);
    return (cell) => cell === wanted;
  },
  STRING: (raw, _fail, caseInsensitive) => {
    if (!caseInsensitive) return (cell) => cell === raw;
    const wanted = raw.toLowerCase();
    return (cell) => typeof cell === 'string' && cell.toLowerCase() === wanted;
  },
  // SEARCH_STRING is a contains-style match: "Engel" also finds "engelbert" (reference §12.14).
  SEARCH_STRING: (raw) => {
    const wanted = raw.toLowerCase();
    return (cell) => typeof cell === 'string' && cell.toLowerCase().includes(wanted);
  },
  BOOLEAN: (raw, fail) => {
    if (raw !== 'true' && raw !== 'false') fail();
    const wanted = raw === 'true';
    return (cell) => cell === wanted;
  },
  PERIOD: (raw, fail) => {
    const [from, to] = parsePeriod(raw, fail);
    return (cell) => {
      if (typeof cell !== 'string') return false;
      const instant = Date.parse(cell);
      return instant >= from && instant <= to;
    };
  },
};

/** `from/to`, `from/` or `/to` (reference §4); both ends inclusive. */
function parsePeriod(raw: string, fail: () => never): [number, number] {
  const parts = raw.split('/');
  if (parts.length !== 2) return fail();
  const [fromText = '', toText = ''] = parts;
  if (fromText === '' && toText === '') return fail();
  const from = fromText === '' ? -Infinity : Date.parse(fromText);
  const to = toText === '' ? Infinity : Date.parse(toText);
  if (Number.isNaN(from) || Number.isNaN(to)) return fail();
  return [from, to];
}
