import type { EffectiveSettings, JobName, JobProgress } from '@bpkc/shared-types';

import { countOf, durationText, formatCount, relativeTime } from '../shared/format';

/** What each job is called and what it does, in the merchant's words. */
export const JOB_TEXT: Record<JobName, { title: string; what: string; unit: [string, string] }> = {
  'catalog-import': {
    title: 'Product import from Brightpearl',
    what: 'Reads every Brightpearl product and creates or updates it in Kentico (names, prices, SKUs).',
    unit: ['product', 'products'],
  },
  'stock-compare': {
    title: 'Full stock check',
    what: 'Compares the stock Kentico shows for every linked product with Brightpearl and corrects any difference.',
    unit: ['product', 'products'],
  },
};

/** Percent done for the bar (0 while the total is not known yet). */
export function percentDone(progress: JobProgress): number {
  if (progress.state === 'finished') return 100;
  if (!progress.total) return 0;
  return Math.min(100, Math.floor((progress.done / progress.total) * 100));
}

/** "400 of 1,000 products", or "400 products so far" while the total is unknown. */
export function doneText(progress: JobProgress): string {
  const [one, other] = JOB_TEXT[progress.job].unit;
  if (progress.total === null) return `${countOf(progress.done, one, other)} so far`;
  return `${formatCount(progress.done)} of ${countOf(progress.total, one, other)}`;
}

/** The state line under the bar: running with time left, finished when, never, stopped. */
export function stateText(progress: JobProgress, now = Date.now()): string {
  switch (progress.state) {
    case 'never':
      return 'Has not run yet.';
    case 'abandoned':
      return `Stopped before the end (started ${relativeTime(progress.startedAt, now)}). Run it again.`;
    case 'finished':
      return `Finished ${relativeTime(progress.finishedAt, now)}${rateText(progress)}.`;
    case 'running':
      return progress.secondsLeft === null
        ? `Running since ${relativeTime(progress.startedAt, now)}; estimating the time left…`
        : `Running: about ${durationText(progress.secondsLeft)} left${rateText(progress)}.`;
  }
}

function rateText(progress: JobProgress): string {
  const [, other] = JOB_TEXT[progress.job].unit;
  return progress.perMinute === null
    ? ''
    : ` (${formatCount(Math.round(progress.perMinute))} ${other} a minute)`;
}

type ScheduleName = keyof EffectiveSettings['schedules'];

/** Each schedule as the Jobs screen lists it. */
export const SCHEDULE_TEXT: Record<ScheduleName, string> = {
  stockFullCompareMinutes: 'Full stock check',
  reconcileSeconds: 'Order check (every Kentico order is in Brightpearl)',
  sweepSeconds: 'Credits and customer changes from Brightpearl',
};

/** "Every 60 minutes", "Every 5 minutes", "Off". */
export function everyText(schedule: EffectiveSettings['schedules'][ScheduleName]): string {
  const value = schedule.value ?? 0;
  if (value <= 0) return 'Off';
  const seconds = schedule.unit === 'minutes' ? value * 60 : value;
  return `Every ${durationText(seconds)}`;
}
