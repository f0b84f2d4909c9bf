import { BrightpearlValidationError } from './errors';

/**
 * A systemic 400 (not a bad id) would otherwise bisect a 200-id chunk down to single ids: ~400
 * calls of a 200/min account budget. 64 failed calls isolate ~10 bad ids per chunk; past that,
 * the 400 is rethrown.
 */
export const MAX_FAILED_PROBES_PER_CHUNK = 64;

export interface BisectOutcome<T> {
  /** One entry per successful call. */
  results: T[];
  badIds: number[];
}

type Fetch<T> = (ids: number[]) => Promise<T>;

/** Brightpearl refused the id set itself (not our body check, not a 404). */
function isRejectedIdSet(error: unknown): boolean {
  return error instanceof BrightpearlValidationError && !error.local && error.status === 400;
}

/**
 * Fetches `ids` in one call; when one unknown id fails the whole request with 400 (reference
 * §7.5), splits the set in halves and recurses until the bad ids are isolated. When the left
 * half of a failed set succeeds, the right half must hold the bad id, so it is split without
 * being fetched: one bad id among 200 then costs at most 2·log2(200) + 1 ≈ 16 calls.
 * Assumes a 400 is deterministic: an id inferred bad is not re-probed.
 */
export async function fetchIsolatingBadIds<T>(
  ids: number[],
  fetch: Fetch<T>,
  maxFailedProbes = MAX_FAILED_PROBES_PER_CHUNK,
): Promise<BisectOutcome<T>> {
  const outcome: BisectOutcome<T> = { results: [], badIds: [] };
  let failures = 0;

  /** true when the call succeeded, false on a rejected id set. */
  const probe = async (set: number[]): Promise<boolean> => {
    try {
      outcome.results.push(await fetch(set));
      return true;
    } catch (error) {
      if (!isRejectedIdSet(error) || ++failures > maxFailedProbes) throw error;
      return false;
    }
  };

  /** `set` is known to hold at least one bad id. */
  const isolate = async (set: number[]): Promise<void> => {
    if (set.length === 1) {
      outcome.badIds.push(set[0]!);
      return;
    }
    const middle = Math.floor(set.length / 2);
    const left = set.slice(0, middle);
    const right = set.slice(middle);
    if (await probe(left)) return isolate(right);
    await isolate(left);
    if (!(await probe(right))) await isolate(right);
  };

  if (ids.length > 0 && !(await probe(ids))) await isolate(ids);
  outcome.badIds.sort((a, b) => a - b);
  return outcome;
}
