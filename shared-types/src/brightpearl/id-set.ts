/**
 * Brightpearl id sets: "1-5,9,20-22" (reference §3.4). Webhooks deliver them too, so parse
 * ranges, not only commas. Every bound is checked on the text before a single id is expanded:
 * ids are safe integers no larger than Brightpearl's (32-bit) ids, ranges run forwards, and the
 * size is summed from the range ends, so "1-999999999" or "99999999999999999999" cost nothing.
 */

/** Brightpearl ids are 32-bit signed integers; anything larger cannot name a record. */
export const MAX_BRIGHTPEARL_ID = 2_147_483_647;

export interface IdRange {
  readonly from: number;
  readonly to: number;
}

/** A text that is not an id set, or one beyond the bounds; the message says which part. */
export class IdSetError extends RangeError {
  override readonly name = 'IdSetError';
}

export interface IdSetBounds {
  /** Most ids the set may name (counted from the range ends, overlaps counted twice). */
  maxIds?: number;
  /** Largest id allowed (default MAX_BRIGHTPEARL_ID). */
  maxId?: number;
}

const PART = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/;

/** The parts as written (order and duplicates kept), bounds checked; nothing expanded. */
export function readIdSetParts(idSet: string, bounds: IdSetBounds = {}): IdRange[] {
  const maxIds = bounds.maxIds ?? 10_000;
  const maxId = bounds.maxId ?? MAX_BRIGHTPEARL_ID;
  const parts: IdRange[] = [];
  let total = 0;
  for (const part of idSet.split(',')) {
    const match = PART.exec(part);
    if (!match) throw new IdSetError(`"${part.slice(0, 24)}" is not an id or a range like 1-5`);
    const from = toId(match[1]!, maxId);
    const to = match[2] === undefined ? from : toId(match[2], maxId);
    if (to < from) throw new IdSetError(`the range ${from}-${to} runs backwards`);
    total += to - from + 1;
    if (total > maxIds) throw new IdSetError(`the id set names more than ${maxIds} ids`);
    parts.push({ from, to });
  }
  return parts;
}

function toId(digits: string, maxId: number): number {
  // Over 16 digits is beyond any safe integer: refused without converting at all.
  const id = digits.length > 16 ? Infinity : Number(digits);
  if (!Number.isSafeInteger(id) || id > maxId) {
    throw new IdSetError(`the id ${digits.slice(0, 24)} is larger than ${maxId}`);
  }
  return id;
}

/** The set as sorted, merged ranges (the compact form to store) and how many ids it names. */
export function parseIdRanges(
  idSet: string,
  bounds: IdSetBounds = {},
): { ranges: IdRange[]; count: number } {
  const sorted = [...readIdSetParts(idSet, bounds)].sort((a, b) => a.from - b.from);
  const ranges: IdRange[] = [];
  for (const range of sorted) {
    const last = ranges[ranges.length - 1];
    if (last && range.from <= last.to + 1) {
      ranges[ranges.length - 1] = { from: last.from, to: Math.max(last.to, range.to) };
    } else ranges.push(range);
  }
  return { ranges, count: ranges.reduce((sum, range) => sum + range.to - range.from + 1, 0) };
}

/** How many ids a set names (without expanding it); undefined when it is not an id set. */
export function idSetSize(idSet: string, maxId = MAX_BRIGHTPEARL_ID): number | undefined {
  try {
    const parts = readIdSetParts(idSet, { maxIds: Number.MAX_SAFE_INTEGER, maxId });
    return parts.reduce((sum, part) => sum + part.to - part.from + 1, 0);
  } catch {
    return undefined;
  }
}

/**
 * The ids, in the order written (duplicates kept). Only for small sets: `maxIds` is checked
 * before expanding; throws IdSetError on anything that is not an id set within the bounds.
 */
export function parseIdSet(idSet: string, maxIds = 10_000): number[] {
  const ids: number[] = [];
  for (const { from, to } of readIdSetParts(idSet, { maxIds })) {
    for (let id = from; id <= to; id++) ids.push(id);
  }
  return ids;
}

/** The compact form: sorted, deduplicated, consecutive ids folded into ranges. */
export function formatIdSet(ids: Iterable<number>): string {
  const sorted = [...new Set(ids)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(i === j ? `${sorted[i]}` : `${sorted[i]}-${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(',');
}
