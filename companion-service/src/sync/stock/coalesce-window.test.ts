import { MAX_IDS_PER_AVAILABILITY } from '../../brightpearl';
import {
  budgetPressure,
  coalesceWindowMs,
  DEEP_QUEUE,
  PRESSURE_FULL,
  PRESSURE_KNEE,
  windowForPressure,
} from './coalesce-window';

const bounds = { minMs: 250, maxMs: 3_000 };
const fresh = { backlog: 1, oldestAgeMs: 0 };

describe('budgetPressure', () => {
  it('is the share of the allowance spent in the rolling window', () => {
    expect(budgetPressure({ allowance: 160, inWindow: 0, queued: 0 })).toBe(0);
    expect(budgetPressure({ allowance: 160, inWindow: 80, queued: 0 })).toBe(0.5);
    expect(budgetPressure({ allowance: 160, inWindow: 200, queued: 0 })).toBe(1);
  });

  it('counts a deep queue of waiting requests as pressure, whatever the window holds', () => {
    expect(budgetPressure({ allowance: 160, inWindow: 0, queued: DEEP_QUEUE / 2 })).toBe(0.5);
    expect(budgetPressure({ allowance: 160, inWindow: 0, queued: DEEP_QUEUE * 3 })).toBe(1);
  });

  it('treats a budget with no allowance as spent', () => {
    expect(budgetPressure({ allowance: 0, inWindow: 0, queued: 0 })).toBe(1);
  });
});

describe('windowForPressure', () => {
  it('is the minimum up to the knee and the maximum from PRESSURE_FULL on', () => {
    expect(windowForPressure(0, bounds)).toBe(250);
    expect(windowForPressure(PRESSURE_KNEE, bounds)).toBe(250);
    expect(windowForPressure(PRESSURE_FULL, bounds)).toBe(3_000);
    expect(windowForPressure(1, bounds)).toBe(3_000);
  });

  it('grows linearly in between', () => {
    const half = (PRESSURE_KNEE + PRESSURE_FULL) / 2;
    expect(windowForPressure(half, bounds)).toBeCloseTo(250 + (3_000 - 250) / 2);
  });

  it('never goes below the minimum when the maximum is configured lower', () => {
    expect(windowForPressure(1, { minMs: 500, maxMs: 100 })).toBe(500);
  });
});

describe('coalesceWindowMs', () => {
  it('idle: a fresh change waits the minimum', () => {
    expect(coalesceWindowMs({ pressure: 0, ...fresh }, bounds)).toBe(250);
  });

  it('tight budget: a fresh change waits the maximum', () => {
    expect(coalesceWindowMs({ pressure: 1, ...fresh }, bounds)).toBe(3_000);
  });

  it('counts the time the oldest change has already waited', () => {
    expect(coalesceWindowMs({ pressure: 1, backlog: 5, oldestAgeMs: 2_000 }, bounds)).toBe(1_000);
    expect(coalesceWindowMs({ pressure: 1, backlog: 5, oldestAgeMs: 9_000 }, bounds)).toBe(0);
    expect(coalesceWindowMs({ pressure: 0, backlog: 5, oldestAgeMs: 100 }, bounds)).toBe(150);
  });

  it('reads at once when a whole availability read is waiting', () => {
    const full = { pressure: 1, backlog: MAX_IDS_PER_AVAILABILITY, oldestAgeMs: 0 };
    expect(coalesceWindowMs(full, bounds)).toBe(0);
    expect(coalesceWindowMs({ ...full, backlog: full.backlog - 1 }, bounds)).toBe(3_000);
  });

  it('does not wait when nothing is dirty', () => {
    expect(coalesceWindowMs({ pressure: 1, backlog: 0, oldestAgeMs: 0 }, bounds)).toBe(0);
  });
});
