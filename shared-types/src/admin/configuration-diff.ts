import type { ConfigurationChange } from './configuration';

// Pure: the companion diffs an import against the stored version, the admin its version history.

type Json = unknown;

const isObject = (value: Json): value is Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Arrays whose items carry a stable `id` (business rules) are compared item by item. */
const hasIds = (items: Json[]): items is Array<{ id: string }> =>
  items.every((item) => isObject(item) && typeof item.id === 'string');

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

/**
 * The structural difference between two configurations, as dot paths: objects key by key,
 * arrays of rules by rule id (plus one `changed` entry for their order when only that moved),
 * any other array as one value (a currency list is read as a whole). Unchanged: no entry.
 */
export function diffConfigurations(before: Json, after: Json, path = ''): ConfigurationChange[] {
  if (isObject(before) && isObject(after)) return diffObjects(before, after, path);
  // Nothing stored yet: every top-level part is new (a path '' would tell the reader nothing).
  if (path === '' && before === undefined && isObject(after)) return diffObjects({}, after, path);
  if (Array.isArray(before) && Array.isArray(after) && hasIds(before) && hasIds(after)) {
    return diffById(before, after, path);
  }
  if (sameValue(before, after)) return [];
  if (before === undefined) return [{ path, change: 'added', after }];
  if (after === undefined) return [{ path, change: 'removed', before }];
  return [{ path, change: 'changed', before, after }];
}

function diffObjects(
  before: Record<string, Json>,
  after: Record<string, Json>,
  path: string,
): ConfigurationChange[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys.flatMap((key) => diffConfigurations(before[key], after[key], join(path, key)));
}

function diffById(
  before: Array<{ id: string }>,
  after: Array<{ id: string }>,
  path: string,
): ConfigurationChange[] {
  const byId = (items: Array<{ id: string }>) => new Map(items.map((item) => [item.id, item]));
  const left = byId(before);
  const right = byId(after);
  const ids = [...new Set([...left.keys(), ...right.keys()])];
  const changes = ids.flatMap((id) =>
    diffConfigurations(left.get(id), right.get(id), join(path, id)),
  );
  // Rules run in order: a reordering is a change even when no rule changed.
  const kept = (items: Array<{ id: string }>, other: Map<string, unknown>) =>
    items.map((item) => item.id).filter((id) => other.has(id));
  const order = { before: kept(before, right), after: kept(after, left) };
  if (!sameValue(order.before, order.after)) {
    changes.push({ path: join(path, '(order)'), change: 'changed', ...order });
  }
  return changes;
}

/** Deep equality of JSON values (key order does not matter). */
export function sameValue(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  }
  if (isObject(a) && isObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => sameValue(a[key], b[key]));
  }
  return false;
}
