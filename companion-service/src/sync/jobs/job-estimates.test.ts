import { withEstimates } from './job-estimates';

const start = new Date('2026-12-07T08:00:00.000Z');
const at = (seconds: number) => new Date(start.getTime() + seconds * 1000);

describe('job estimates', () => {
  it('reports a job that never ran, and why Run now would be refused', () => {
    expect(
      withEstimates('catalog-import', null, { now: start, blockedBecause: 'switched off' }),
    ).toMatchObject({ state: 'never', done: 0, total: null, perMinute: null, secondsLeft: null });
  });

  it('estimates the rate and time left of a running job from its progress so far', () => {
    const progress = withEstimates(
      'catalog-import',
      { state: 'running', done: 400, total: 1_000, startedAt: start, finishedAt: null },
      { now: at(60), blockedBecause: null },
    );
    expect(progress).toMatchObject({ perMinute: 400, secondsLeft: 90, total: 1_000 });
    expect(progress.startedAt).toBe(start.toISOString());
  });

  it('gives no time left until the total is known or the run has gone on a moment', () => {
    const running = { state: 'running' as const, startedAt: start, finishedAt: null };
    const noTotal = withEstimates(
      'stock-compare',
      { ...running, done: 200, total: null },
      { now: at(30), blockedBecause: null },
    );
    expect(noTotal).toMatchObject({ perMinute: 400, secondsLeft: null });
    const justStarted = withEstimates(
      'stock-compare',
      { ...running, done: 5, total: 1_000 },
      { now: at(1), blockedBecause: null },
    );
    expect(justStarted).toMatchObject({ perMinute: null, secondsLeft: null });
  });

  it('rates a finished run over its whole length, with nothing left', () => {
    const finished = withEstimates(
      'stock-compare',
      { state: 'finished', done: 3_000, total: 3_000, startedAt: start, finishedAt: at(120) },
      { now: at(4_000), blockedBecause: null },
    );
    expect(finished).toMatchObject({ perMinute: 1_500, secondsLeft: null, done: 3_000 });
    expect(finished.finishedAt).toBe(at(120).toISOString());
  });

  it('never shows more done than the total', () => {
    const over = withEstimates(
      'stock-compare',
      { state: 'running', done: 1_200, total: 1_000, startedAt: start, finishedAt: null },
      { now: at(60), blockedBecause: null },
    );
    expect(over).toMatchObject({ total: 1_200, secondsLeft: 0 });
  });
});
