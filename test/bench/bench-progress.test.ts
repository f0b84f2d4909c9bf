import { progressLine } from './bench-progress';

describe('bench progress line', () => {
  it('shows the phase, done of total, the rate and the time elapsed', () => {
    expect(
      progressLine({
        label: 'bench:stock',
        phase: 'full compare',
        done: 4_000,
        total: 10_000,
        unit: 'SKUs',
        elapsedMs: 65_000,
        phaseElapsedMs: 60_000,
        extra: 'calls 20',
      }),
    ).toBe('[bench:stock +1m05s] full compare: 4,000/10,000 SKUs (66.7/s) · calls 20');
  });

  it('leaves out what is not known yet', () => {
    expect(
      progressLine({
        label: 'test:chaos',
        phase: 'starting',
        done: 0,
        unit: 'orders',
        elapsedMs: 9_000,
        phaseElapsedMs: 500,
      }),
    ).toBe('[test:chaos +9s] starting: 0 orders');
  });
});
