import type { MappingConfig } from '@bpkc/shared-types';

import { MAP_SECTIONS, type MapSection } from './mapping-sections';

export interface MapRow {
  key: string;
  value: string;
}

export type RowsBySection = Record<string, MapRow[]>;

export const rowsOf = (section: MapSection, mapping: MappingConfig): MapRow[] =>
  Object.entries(section.read(mapping)).map(([key, value]) => ({ key, value: String(value) }));

export const allRows = (mapping: MappingConfig): RowsBySection =>
  Object.fromEntries(MAP_SECTIONS.map((section) => [section.id, rowsOf(section, mapping)]));

/**
 * The mapping the rows describe. Half-filled rows are kept as they are (an empty key or value)
 * so validation names them instead of silently dropping what the user started.
 */
export function applyRows(mapping: MappingConfig, rows: RowsBySection): MappingConfig {
  return MAP_SECTIONS.reduce((draft, section) => {
    const entries = Object.fromEntries(
      (rows[section.id] ?? []).map((row) => [
        row.key,
        section.numericValues && row.value !== '' ? Number(row.value) : row.value,
      ]),
    );
    return section.write(draft, entries);
  }, mapping);
}

/** Keys of the key list that no row maps yet (e.g. a new Kentico shipping method). */
export const unmappedKeys = (rows: MapRow[], available: string[]): string[] =>
  available.filter((key) => !rows.some((row) => row.key === key));
