import type { RowsBySection } from './mapping-rows';
import { MAP_SECTIONS } from './mapping-sections';

/**
 * The mapping row a link points at: `#shippingMethods:PigeonPost` (a failure's "how to fix"
 * opens Mappings there). `path` is the map's dot path inside the mapping, `key` its Kentico value.
 */
export interface RowTarget {
  path: string;
  key: string;
}

export function rowTargetOf(hash: string): RowTarget | null {
  const match = /^#([\w.]+):(.+)$/.exec(hash);
  if (!match) return null;
  try {
    return { path: match[1]!, key: decodeURIComponent(match[2]!) };
  } catch {
    return null;
  }
}

/** The page's target, read once where the page is opened (the shell and Kentico keep the hash). */
export const currentRowTarget = (): RowTarget | null =>
  typeof window === 'undefined' ? null : rowTargetOf(window.location.hash);

/** The rows with the target's row added (value still to choose) when the value is not mapped. */
export function withTargetRow(rows: RowsBySection, target: RowTarget | null): RowsBySection {
  const section = target && MAP_SECTIONS.find((candidate) => candidate.path === target.path);
  if (!target || !section) return rows;
  const current = rows[section.id] ?? [];
  if (current.some((row) => row.key === target.key)) return rows;
  return { ...rows, [section.id]: [...current, { key: target.key, value: '' }] };
}

export const isTargetRow = (target: RowTarget | null, path: string, key: string) =>
  target !== null && target.path === path && target.key === key;
