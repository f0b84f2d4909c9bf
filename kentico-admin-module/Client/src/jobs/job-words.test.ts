import type { EffectiveSchedule, JobProgress } from '@bpkc/shared-types';

import { doneText, everyText, percentDone, stateText } from './job-words';

const NOW = Date.parse('2026-12-07T09:00:00.000Z');
const ago = (seconds: number) => new Date(NOW - seconds * 1000).toISOString();

const running: JobProgress = {
  job: 'catalog-import',
  state: 'running',
  done: 400,
  total: 1_000,
  startedAt: ago(60),
  finishedAt: null,
  perMinute: 400,
  secondsLeft: 90,
  blockedBecause: null,
};

describe('job wording', () => {
  it('shows done of total, the percentage and the time left of a running job', () => {
    expect(doneText(running)).toBe('400 of 1,000 products');
    expect(percentDone(running)).toBe(40);
    expect(stateText(running, NOW)).toBe('Running: about 2 minutes left (400 products a minute).');
  });

  it('says so while the total or the time left is not known yet', () => {
    const early = { ...running, done: 1, total: null, secondsLeft: null, perMinute: null };
    expect(doneText(early)).toBe('1 product so far');
    expect(percentDone(early)).toBe(0);
    expect(stateText(early, NOW)).toBe('Running since 1 minute ago; estimating the time left…');
  });

  it('words finished, stopped and never-run jobs', () => {
    const finished = { ...running, state: 'finished' as const, finishedAt: ago(7_200) };
    expect(stateText(finished, NOW)).toBe('Finished 2 hours ago (400 products a minute).');
    expect(percentDone({ ...finished, total: null })).toBe(100);
    expect(stateText({ ...running, state: 'abandoned' }, NOW)).toMatch(/^Stopped before the end/);
    expect(stateText({ ...running, state: 'never' }, NOW)).toBe('Has not run yet.');
  });

  it('words schedules in their unit, and off', () => {
    const schedule = (value: number, unit: EffectiveSchedule['unit']): EffectiveSchedule => ({
      value,
      unit,
      source: 'default',
      lastRunAt: null,
      nextRunAt: null,
    });
    expect(everyText(schedule(60, 'minutes'))).toBe('Every 60 minutes');
    expect(everyText(schedule(300, 'seconds'))).toBe('Every 5 minutes');
    expect(everyText(schedule(30, 'seconds'))).toBe('Every 30 seconds');
    expect(everyText(schedule(0, 'seconds'))).toBe('Off');
  });
});
