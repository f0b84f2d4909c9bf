import { useQueryClient } from '@tanstack/react-query';

/**
 * The failure list and its counts share this query key prefix: an action (replay, discard,
 * edit) invalidates the prefix, so the counts and the list refresh together and always agree.
 */
export const FAILURES_KEY = ['failures'] as const;
export const FAILURE_GROUPS_KEY = [...FAILURES_KEY, 'groups'] as const;
export const FAILURE_LIST_KEY = [...FAILURES_KEY, 'list'] as const;
/** Both poll on the same beat, so neither drifts while the screen is open. */
export const FAILURES_REFRESH_MS = 10_000;

export function useRefreshFailures(): () => void {
  const queries = useQueryClient();
  return () => void queries.invalidateQueries({ queryKey: FAILURES_KEY });
}
