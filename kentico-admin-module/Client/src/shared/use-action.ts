import { useCallback, useState } from 'react';

import { CompanionApiError } from '../api/http';

/** What went wrong, as an operator reads it. */
export const explainError = (error: unknown) =>
  error instanceof CompanionApiError ? error.explanation : String(error);

/**
 * One button's call to the companion: a busy flag while it runs and the error it ended with.
 * `run` resolves to the result, or undefined when it failed (the error is then set).
 */
export function useAction<A extends unknown[], R>(action: (...args: A) => Promise<R>) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    async (...args: A): Promise<R | undefined> => {
      setBusy(true);
      setError(null);
      try {
        return await action(...args);
      } catch (failure) {
        setError(explainError(failure));
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [action],
  );
  return { run, busy, error, clearError: () => setError(null) };
}
