/** How a setting is typed in: the form keeps text, the document keeps typed values. */
export type SettingKind = 'switch' | 'number' | 'text' | 'list' | 'numberList' | 'choice';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value at a dot path ("settings.schedules.reconcileSeconds"), or undefined. */
export function getAt(document: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((node, key) => (isObject(node) ? node[key] : undefined), document);
}

/** A copy of `document` with the value at `path` replaced (undefined removes the key). */
export function setAt<T>(document: T, path: string, value: unknown): T {
  const [head, ...rest] = path.split('.');
  const node: Json = isObject(document) ? { ...document } : {};
  if (rest.length === 0) {
    if (value === undefined) delete node[head!];
    else node[head!] = value;
  } else {
    node[head!] = setAt(node[head!], rest.join('.'), value);
  }
  return node as T;
}

/** The text a form field shows for a stored value. */
export function toInput(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}

const listOf = (text: string) =>
  text
    .split(/[,\s]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');

/**
 * The stored value for what was typed. Empty means "absent" (the environment's or the default
 * value) unless `emptyList` says the setting keeps an empty list. Text that is not a number is
 * kept as typed, so the save's validation names the field instead of silently dropping it.
 */
export function fromInput(kind: SettingKind, text: string, emptyList = false): unknown {
  const trimmed = text.trim();
  if (kind === 'list' || kind === 'numberList') {
    const items = listOf(trimmed);
    if (items.length === 0) return emptyList ? [] : undefined;
    return kind === 'list'
      ? items
      : items.map((item) => (/^\d+$/.test(item) ? Number(item) : item));
  }
  if (trimmed === '') return undefined;
  if (kind === 'number') return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
  return trimmed;
}
