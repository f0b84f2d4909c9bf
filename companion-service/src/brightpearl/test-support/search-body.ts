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
