import { setTimeout as sleep } from 'node:timers/promises';

import type { BrightpearlClient } from '../../brightpearl';
import type { Db } from '../../store';
import { dirtyBacklog } from '../dirty-records';
import { budgetPressure, coalesceWindowMs, type WindowBounds } from './coalesce-window';

/**
 * After this long a job stops waiting between rounds and drains what is left back to back, so
 * a job under steady load still ends (the changes that keep arriving have jobs of their own).
 */
export const WAITING_LIFETIME_MS = 30_000;

export interface AdaptiveWaitDeps {
  db: Db;
  brightpearl: Pick<BrightpearlClient, 'stats'>;
  bounds: WindowBounds;
  /** Injectable so tests see the waits asked for. */
  wait?: (ms: number) => Promise<unknown>;
}

/** A wait shorter than this is treated as due: no timer for a few milliseconds of rounding. */
const DUE_WITHIN_MS = 10;

/**
 * The stock job's `beforeRound` (drain-dirty.ts): before each claim, waits until the oldest
 * waiting change is due by the window for the budget's current pressure and the dirty backlog
 * (coalesce-window.ts). It looks again after waking: if another job took those changes
 * meanwhile, newer ones get their own window instead of a read of one or two ids. A full
 * previous round means a deep backlog: it is read on without waiting.
 */
export function adaptiveWait(
  deps: AdaptiveWaitDeps,
  roundSize: number,
): (previousRound: number | null) => Promise<void> {
  const wait = deps.wait ?? ((ms: number) => sleep(ms));
  const startedAt = Date.now();
  const nextWaitMs = async (): Promise<number> => {
    const { count, oldestAgeMs } = await dirtyBacklog(deps.db, 'stock');
    const pressure = budgetPressure(deps.brightpearl.stats());
    return coalesceWindowMs({ pressure, backlog: count, oldestAgeMs }, deps.bounds);
  };
  return async (previousRound) => {
    if (previousRound !== null && previousRound >= roundSize) return;
    while (Date.now() - startedAt <= WAITING_LIFETIME_MS) {
      const ms = await nextWaitMs();
      if (ms < DUE_WITHIN_MS) return;
      await wait(ms);
    }
  };
}
