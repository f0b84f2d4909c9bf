import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type DependencyList, useId } from 'react';

import { CompanionApiError } from '../api/http';

export interface ApiData<T> {
  data: T | null;
  error: CompanionApiError | null;
  /** True while a load runs (the first one and every refresh). */
  loading: boolean;
  reload: () => void;
}

export interface ApiDataOptions {
  refreshMs?: number;
  /**
   * The query key's prefix. Screens whose data must agree (a list and its counts) share one, so
   * invalidating the prefix after an action refreshes all of them together.
   */
  queryKey?: readonly unknown[];
}

const asApiError = (error: unknown) =>
  error instanceof CompanionApiError ? error : new CompanionApiError(String(error), 0);

// Dependencies are often objects of functions (the API client), which a query key cannot hash:
// each distinct object gets a number, so a new object still means a new key.
const identities = new WeakMap<object, number>();
let nextIdentity = 0;
function keyPart(value: unknown): unknown {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return value;
  let identity = identities.get(value);
  if (identity === undefined) identities.set(value, (identity = ++nextIdentity));
  return `#${identity}`;
}

/**
 * Loads `load()` when the dependencies change, again on `reload()`, every `refreshMs` when
 * given, and when the window regains focus (TanStack Query, one client per page: AdminPage).
 * Keeps the last good data while a refresh runs or fails, so figures never blank out.
 */
export function useApiData<T>(
  load: () => Promise<T>,
  dependencies: DependencyList,
  options: ApiDataOptions = {},
): ApiData<T> {
  const ownKey = useId();
  const query = useQuery({
    queryKey: [...(options.queryKey ?? ['api-data', ownKey]), ...dependencies.map(keyPart)],
    queryFn: load,
    refetchInterval: options.refreshMs ?? false,
    placeholderData: keepPreviousData,
  });
  return {
    data: query.data ?? null,
    error: query.error ? asApiError(query.error) : null,
    loading: query.isFetching,
    reload: () => void query.refetch(),
  };
}
