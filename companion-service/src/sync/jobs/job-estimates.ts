import type { JobProgress } from '@bpkc/shared-types';

/** A run as its owning flow records it, before the estimates. */
export interface RecordedRun {
  state: Exclude<JobProgress['state'], 'never'>;
  done: number;
  total: number | null;
  startedAt: Date;
  finishedAt: Date | null;
}

/** Below this the rate is mostly start-up time: no estimate yet (the bar still shows done/total). */
const MIN_SECONDS_FOR_RATE = 2;

/**
 * The run's rate and, while it runs, the time left at that rate. A finished run's rate is
 * over its whole length; a running one's over what has elapsed so far.
 */
export function withEstimates(
  job: JobProgress['job'],
  run: RecordedRun | null,
  input: { now: Date; blockedBecause: string | null },
): JobProgress {
  const blockedBecause = input.blockedBecause;
  if (!run) {
    return {
      job,
      state: 'never',
      done: 0,
      total: null,
      startedAt: null,
      finishedAt: null,
      perMinute: null,
      secondsLeft: null,
      blockedBecause,
    };
  }
  const total = run.total === null ? null : Math.max(run.total, run.done);
  const end = run.finishedAt ?? input.now;
  const seconds = (end.getTime() - run.startedAt.getTime()) / 1000;
  const longEnough = run.state === 'running' ? seconds >= MIN_SECONDS_FOR_RATE : seconds > 0;
  const perMinute = longEnough && run.done > 0 ? (run.done / seconds) * 60 : null;
  const secondsLeft =
    run.state !== 'running' || total === null || perMinute === null
      ? null
      : Math.ceil(((total - run.done) / perMinute) * 60);
  return {
    job,
    state: run.state,
    done: run.done,
    total,
    startedAt: run.startedAt.toISOString(),
    finishedAt: run.finishedAt?.toISOString() ?? null,
    perMinute: perMinute === null ? null : Math.round(perMinute * 10) / 10,
    secondsLeft,
    blockedBecause,
  };
}
