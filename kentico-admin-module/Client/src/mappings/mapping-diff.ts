/** One difference between two mappings, at a dot path. Values are JSON text; null = absent. */
export interface MappingChange {
  path: string;
  before: string | null;
  after: string | null;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Leaf values by dot path (arrays are leaves: they are compared as a whole). */
export function flatten(value: unknown, prefix = '', into = new Map<string, string>()) {
  if (isPlainObject(value)) {
    for (const [key, child] of Object.entries(value)) {
      flatten(child, prefix ? `${prefix}.${key}` : key, into);
    }
  } else if (value !== undefined) {
    into.set(prefix, JSON.stringify(value));
  }
  return into;
}

/** What changes going from `before` to `after`, sorted by path. */
export function diffMappings(before: unknown, after: unknown): MappingChange[] {
  const a = flatten(before);
  const b = flatten(after);
  const paths = [...new Set([...a.keys(), ...b.keys()])].sort();
  return paths
    .filter((path) => a.get(path) !== b.get(path))
    .map((path) => ({ path, before: a.get(path) ?? null, after: b.get(path) ?? null }));
}
