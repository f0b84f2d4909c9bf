import { type DependencyList, useCallback, useEffect, useRef, useState } from 'react';

import { CompanionApiError } from '../api/http';

export interface ApiData<T> {
  data: T | null;
  error: CompanionApiError | null;
  /** True while a load runs (the first one and every refresh). */
  loading: boolean;
  reload: () => void;
}

const asApiError = (error: unknown) =>
  error instanceof CompanionApiError ? error : new CompanionApiError(String(error), 0);

/**
 * Loads `load()` when the dependencies change, again on `reload()`, and every `refreshMs` when
 * given. Keeps the last good data while a refresh runs or fails, so figures never blank out.
 */
export function useApiData<T>(
  load: () => Promise<T>,
  dependencies: DependencyList,
  options: { refreshMs?: number } = {},
): ApiData<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<CompanionApiError | null>(null);
  const [loading, setLoading] = useState(true);
  const generation = useRef(0);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller names the dependencies.
  const run = useCallback(load, dependencies);
  const reload = useCallback(() => {
    const mine = ++generation.current;
    setLoading(true);
    run().then(
      (value) => {
        if (mine !== generation.current) return;
        setData(value);
        setError(null);
        setLoading(false);
      },
      (failure: unknown) => {
        if (mine !== generation.current) return;
        setError(asApiError(failure));
        setLoading(false);
      },
    );
  }, [run]);
  useEffect(() => {
    reload();
    if (!options.refreshMs) return undefined;
    const timer = setInterval(reload, options.refreshMs);
    return () => clearInterval(timer);
  }, [reload, options.refreshMs]);
  return { data, error, loading, reload };
}
