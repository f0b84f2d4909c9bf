import type { EffectiveSettings } from '@bpkc/shared-types';

import { formatTimestamp } from '../shared/format';

/** Where a setting's running value comes from (schedules also say when they run). */
export interface Effective {
  value: unknown;
  source: string;
  lastRunAt?: string | null;
  nextRunAt?: string | null;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const entryOf = (node: unknown): Effective | null =>
  isObject(node) && typeof node.source === 'string' ? (node as unknown as Effective) : null;

/** Every `{ value, source }` leaf of the answer, by its dot path. */
function flatten(node: unknown, path: string, out: Map<string, Effective>): void {
  const entry = entryOf(node);
  if (entry) {
    out.set(path, entry);
    return;
  }
  if (!isObject(node)) return;
  for (const [key, child] of Object.entries(node))
    flatten(child, path ? `${path}.${key}` : key, out);
}

/**
 * GET /settings/effective as effective values by path: "schedules.reconcileSeconds",
 * "alerts.emailTo", "flows.orders" (the answer mirrors `settings` of the mapping document).
 */
export function effectiveByPath(answer: EffectiveSettings | null): Map<string, Effective> {
  const out = new Map<string, Effective>();
  if (answer) flatten(answer, '', out);
  return out;
}

/** The effective value of a field's document path ("settings.alerts.emailTo"). */
export const effectiveAt = (map: Map<string, Effective>, path: string): Effective | undefined =>
  path.startsWith('settings.') ? map.get(path.slice('settings.'.length)) : undefined;

const SOURCES: Record<string, string> = {
  stored: 'saved here',
  environment: 'from the environment',
  default: 'the default',
};

function shown(value: unknown): string {
  if (Array.isArray(value)) return value.join(', ') || '(none)';
  return value === undefined || value === null ? '(not set)' : String(value);
}

/** "Effective: 300 (from the environment); last run …, next run …". */
export function describeEffective(effective: Effective | undefined): string | undefined {
  if (!effective) return undefined;
  const runs = [
    effective.lastRunAt ? `last run ${formatTimestamp(effective.lastRunAt)}` : null,
    effective.nextRunAt ? `next run ${formatTimestamp(effective.nextRunAt)}` : null,
  ].filter(Boolean);
  const source = SOURCES[effective.source] ?? effective.source;
  return `Effective: ${shown(effective.value)} (${source})${runs.length ? `; ${runs.join(', ')}` : ''}.`;
}
