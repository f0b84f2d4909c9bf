import type { EffectiveSettings } from '@bpkc/shared-types';

import { describeEffective, effectiveAt, effectiveByPath } from './effective';

const schedule = (value: number, source: 'stored' | 'environment' | 'default') => ({
  value,
  source,
  unit: 'seconds' as const,
  lastRunAt: null,
  nextRunAt: null,
});

const answer: EffectiveSettings = {
  mappingVersion: 3,
  flows: { orders: { value: true, source: 'default' } },
  schedules: {
    reconcileSeconds: schedule(300, 'environment'),
    stockFullCompareMinutes: { ...schedule(0, 'stored'), unit: 'minutes' },
    sweepSeconds: schedule(60, 'default'),
  },
  goLiveDate: { value: null, source: 'default' },
  alerts: {
    enabled: true,
    channels: ['email'],
    emailTo: { value: ['ops@example.com'], source: 'stored' },
    digestSeconds: { value: 300, source: 'environment' },
    deadLetterGrowth: { value: 10, source: 'default' },
    budgetExhaustedMinutes: { value: 15, source: 'default' },
    heldOrders: { value: true, source: 'default' },
  },
};

describe('effective settings', () => {
  const map = effectiveByPath(answer);

  it('finds each setting of the document by its path, with its source', () => {
    expect(describeEffective(effectiveAt(map, 'settings.schedules.reconcileSeconds'))).toBe(
      'Effective: 300 (from the environment).',
    );
    expect(describeEffective(effectiveAt(map, 'settings.alerts.emailTo'))).toBe(
      'Effective: ops@example.com (saved here).',
    );
    expect(describeEffective(effectiveAt(map, 'settings.goLiveDate'))).toBe(
      'Effective: (not set) (the default).',
    );
  });

  it('has nothing for paths outside the settings, or before the answer came', () => {
    expect(effectiveAt(map, 'currencies')).toBeUndefined();
    expect(effectiveByPath(null).size).toBe(0);
  });

  it('adds when a schedule ran and runs next', () => {
    const described = describeEffective({
      value: 60,
      source: 'default',
      lastRunAt: '2026-12-07T08:00:00.000Z',
      nextRunAt: '2026-12-07T08:01:00.000Z',
    });
    expect(described).toMatch(/^Effective: 60 \(the default\); last run .+, next run .+\.$/);
  });
});
