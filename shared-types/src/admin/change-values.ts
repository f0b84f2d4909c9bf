import type { NamedList } from './change-label-settings';
import type { LookupOption, Lookups } from './lookups';

/**
 * The names a diff can show: GET /lookups' two sides as last read (either may be null or
 * absent: values are then shown as stored). Never read for a diff: names are a nicety.
 */
export type ChangeNames = Partial<Pick<Lookups, 'kentico' | 'brightpearl'>>;

function optionsOf(names: ChangeNames | null | undefined, list: NamedList): LookupOption[] {
  if (list.side === 'brightpearl') return names?.brightpearl?.[list.list] ?? [];
  return names?.kentico?.[list.list] ?? [];
}

/** "1 (Royal Mail)": the stored value with its name when the list knows one that says more. */
export function named(
  value: string | number,
  list: NamedList,
  names: ChangeNames | null | undefined,
): string {
  const text = String(value);
  const label = optionsOf(names, list).find((option) => option.value === text)?.label;
  return label && label !== text ? `${text} (${label})` : text;
}

/** A value as one line: names for listed ids, lists comma-separated, on/off for switches, else JSON. */
export function valueText(
  value: unknown,
  list: NamedList | undefined,
  names: ChangeNames | null | undefined,
): string | undefined {
  if (value === undefined) return undefined;
  const isScalar = (item: unknown): item is string | number =>
    typeof item === 'string' || typeof item === 'number';
  if (list && isScalar(value)) return named(value, list, names);
  if (Array.isArray(value) && value.every(isScalar)) {
    if (value.length === 0) return 'empty';
    return value.map((item) => (list ? named(item, list, names) : String(item))).join(', ');
  }
  if (typeof value === 'boolean') return value ? 'on' : 'off';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}
