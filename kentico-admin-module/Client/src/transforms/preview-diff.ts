/** One field of the Brightpearl request that the draft changes. */
export interface BodyChange {
  /** Dot path, array items as [i], e.g. "rows[0].productName". */
  path: string;
  current: string;
  draft: string;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

const shown = (value: unknown) => (value === undefined ? '(not sent)' : JSON.stringify(value));

function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return parent ? `${parent}.${key}` : key;
}

interface Pair {
  current: unknown;
  draft: unknown;
  path: string;
}

function collect({ current, draft, path }: Pair, out: BodyChange[]): void {
  if (Array.isArray(current) && Array.isArray(draft)) {
    const length = Math.max(current.length, draft.length);
    for (let i = 0; i < length; i++) {
      collect({ current: current[i], draft: draft[i], path: childPath(path, i) }, out);
    }
    return;
  }
  if (isObject(current) && isObject(draft) && !Array.isArray(current) && !Array.isArray(draft)) {
    const keys = new Set([...Object.keys(current), ...Object.keys(draft)]);
    for (const key of [...keys].sort()) {
      collect({ current: current[key], draft: draft[key], path: childPath(path, key) }, out);
    }
    return;
  }
  if (JSON.stringify(current) !== JSON.stringify(draft)) {
    out.push({ path: path || '(whole request)', current: shown(current), draft: shown(draft) });
  }
}

/**
 * Every leaf where the draft's request differs from the current one. When one side sends
 * nothing (held, skipped, an error) there is no field diff: the decisions tell the difference.
 */
export function diffBodies(current: unknown, draft: unknown): BodyChange[] {
  if (current === null || current === undefined || draft === null || draft === undefined) return [];
  const changes: BodyChange[] = [];
  collect({ current, draft, path: '' }, changes);
  return changes;
}
