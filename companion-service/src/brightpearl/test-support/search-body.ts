/**
 * Builds a search answer the way Brightpearl does: positional rows plus metaData.columns.
 * `columns` sets the order, so tests can shuffle it and prove decoding goes by name.
 */
export function searchBody(input: {
  columns: string[];
  rows: Array<Record<string, unknown>>;
  firstResult?: number;
  morePagesAvailable?: boolean;
  resultsAvailable?: number;
}): unknown {
  const firstResult = input.firstResult ?? 1;
  const count = input.rows.length;
  const paging = count === 0 ? {} : { firstResult, lastResult: firstResult + count - 1 };
  return {
    response: {
      results: input.rows.map((row) => input.columns.map((name) => row[name] ?? null)),
      metaData: {
        morePagesAvailable: input.morePagesAvailable ?? false,
        resultsAvailable: input.resultsAvailable ?? count,
        resultsReturned: count,
        ...paging,
        columns: input.columns.map((name) => ({ name, sortable: true, filterable: true })),
      },
    },
    reference: {},
  };
}

/**
 * One page of `rows` as the request's firstResult/pageSize ask, capped at `maxPageSize` the way
 * a server may cap pages below what was asked for.
 */
export function searchPage(input: {
  columns: string[];
  rows: Array<Record<string, unknown>>;
  query: Record<string, unknown>;
  maxPageSize: number;
}): unknown {
  const firstResult = Number(input.query.firstResult ?? 1);
  const size = Math.min(Number(input.query.pageSize ?? 200), input.maxPageSize);
  const rows = input.rows.slice(firstResult - 1, firstResult - 1 + size);
  return searchBody({
    columns: input.columns,
    rows,
    firstResult,
    morePagesAvailable: firstResult - 1 + size < input.rows.length,
    resultsAvailable: input.rows.length,
  });
}
