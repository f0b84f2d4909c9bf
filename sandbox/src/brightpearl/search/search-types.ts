/** reportDataType values seen in search metaData (reference §4). */
export type ReportDataType =
  'IDSET' | 'INTEGER' | 'STRING' | 'SEARCH_STRING' | 'PERIOD' | 'BOOLEAN';

export type CellValue = string | number | boolean | null;

export interface ColumnSpec<T> {
  type: ReportDataType;
  value(item: T): CellValue;
  /** Names of the `reference` maps that decode this column (e.g. orderStatusNames). */
  referenceData?: string[];
  /** STRING columns compare exactly; this makes the comparison case-insensitive. */
  caseInsensitive?: boolean;
}

export interface SearchColumn<T> extends ColumnSpec<T> {
  name: string;
}

export interface SearchDefinition<T> {
  /** Positional: results[i][j] is columns[j] of item i. */
  columns: ReadonlyArray<SearchColumn<T>>;
  items(): T[];
  /** The top-level `reference` object for the returned page. */
  reference?(page: T[]): Record<string, unknown>;
}

/** Builds the positional column list from a shared column-name list and per-column specs. */
export function columnsFrom<T, N extends string>(
  names: readonly N[],
  specs: Record<N, ColumnSpec<T>>,
): Array<SearchColumn<T>> {
  return names.map((name) => ({ name, ...specs[name] }));
}
