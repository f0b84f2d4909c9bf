import type { RouteResult } from '../route';
import { buildPredicate } from './search-filters';
import { compareCells, parsePaging, parseSorting } from './search-paging';
import type { Sorting } from './search-paging';
import type { SearchColumn, SearchDefinition } from './search-types';

/** Query parameters that steer the search rather than filter it. */
const CONTROL_PARAMETERS = new Set([
  'pageSize',
  'firstResult',
  'sort',
  'columns',
  'includeOptional',
]);

/**
 * The one search engine behind every `*-search` endpoint (reference §4): filters by column
 * name, positional rows, metaData.columns, 1-based paging, sorting and the `reference` object.
 * Unknown query parameters are ignored.
 */
export function runSearch<T>(
  definition: SearchDefinition<T>,
  query: Record<string, string>,
): RouteResult {
  const { columns } = definition;
  const predicates = Object.entries(query)
    .filter(([name]) => !CONTROL_PARAMETERS.has(name))
    .flatMap(([name, raw]) => {
      const column = columns.find((candidate) => candidate.name === name);
      return column ? [{ column, test: buildPredicate(column, raw) }] : [];
    });
  const paging = parsePaging(query);
  const sorting = parseSorting(columns, query['sort']);
  const output = projectColumns(columns, query['columns']);

  const matching = definition
    .items()
    .filter((item) => predicates.every(({ column, test }) => test(column.value(item))));
  const sorted = sortItems(matching, sorting);
  const page = sorted.slice(paging.firstResult - 1, paging.firstResult - 1 + paging.pageSize);
  const lastResult = paging.firstResult + page.length - 1;

  const metaData = {
    morePagesAvailable: page.length > 0 && lastResult < sorted.length,
    resultsAvailable: sorted.length,
    resultsReturned: page.length,
    // An empty page carries no firstResult/lastResult at all ([REC], reference §4).
    ...(page.length > 0 ? { firstResult: paging.firstResult, lastResult } : {}),
    columns: output.map(describeColumn),
    sorting: [{ filterable: describeColumn(sorting.column), direction: sorting.direction }],
  };
  return {
    status: 200,
    body: {
      response: {
        results: page.map((item) => output.map((column) => column.value(item))),
        metaData,
      },
      reference: definition.reference?.(page) ?? {},
    },
  };
}

function sortItems<T>(items: T[], sorting: Sorting<T>): T[] {
  const sign = sorting.direction === 'DESC' ? -1 : 1;
  return [...items].sort(
    (left, right) => sign * compareCells(sorting.column.value(left), sorting.column.value(right)),
  );
}

/** `columns=a,b` returns only those columns, in that order (unknown names are skipped). */
function projectColumns<T>(
  columns: ReadonlyArray<SearchColumn<T>>,
  raw: string | undefined,
): ReadonlyArray<SearchColumn<T>> {
  if (raw === undefined || raw.trim() === '') return columns;
  const picked = raw
    .split(',')
    .map((name) => columns.find((column) => column.name === name.trim()))
    .filter((column): column is SearchColumn<T> => column !== undefined);
  return picked.length > 0 ? picked : columns;
}

function describeColumn<T>(column: SearchColumn<T>) {
  return {
    name: column.name,
    sortable: true,
    filterable: true,
    reportDataType: column.type,
    referenceData: column.referenceData ?? [],
    isFreeTextSearchable: column.type === 'SEARCH_STRING',
    required: false,
  };
}
