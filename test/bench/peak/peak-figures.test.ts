import { arrivals, callsByEndpoint, peakFigures, percentile } from './peak-figures';

const at = (iso: string) => Date.parse(iso);
const order = (id: number, externalRef: string | undefined, createdOn: string) => ({
  id,
  orderTypeCode: 'SO' as const,
  externalRef,
  createdOn,
});

describe('arrivals', () => {
  it('groups sales orders by placed GUID, keeping the first creation time', () => {
    const byGuid = arrivals(
      [
        order(1, 'a', '2026-01-01T00:00:02.000+00:00'),
        order(2, 'a', '2026-01-01T00:00:01.000+00:00'),
        { ...order(3, 'b', '2026-01-01T00:00:03.000+00:00'), orderTypeCode: 'SC' as const },
        order(4, 'other', '2026-01-01T00:00:03.000+00:00'),
        order(5, undefined, '2026-01-01T00:00:03.000+00:00'),
      ],
      ['a', 'b'],
    );
    expect([...byGuid.keys()]).toEqual(['a']);
    expect(byGuid.get('a')).toEqual({ ids: [1, 2], createdAt: at('2026-01-01T00:00:01Z') });
  });
});

describe('percentile', () => {
  it('takes the nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, index) => 100 - index);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 95)).toBeNull();
  });
});

describe('peakFigures', () => {
  const log = [
    { at: 0, throttled: false, endpoint: 'GET /x' },
    { at: 1_000, throttled: false, endpoint: 'POST /order' },
    { at: 2_000, throttled: true, endpoint: 'POST /order' },
    { at: 61_500, throttled: false, endpoint: 'POST /order' },
  ];

  it('counts duplicates beyond one, lost orders, calls in the window and 503s', () => {
    const figures = peakFigures({
      placed: ['a', 'b', 'c'],
      arrived: new Map([
        ['a', { ids: [1, 2, 3], createdAt: 3_000 }],
        ['b', { ids: [4], createdAt: 61_000 }],
      ]),
      acceptedAt: new Map([
        ['a', 1_000],
        ['b', 1_000],
        ['c', 2_000],
      ]),
      log,
      window: { from: 500, to: 70_000 },
    });
    expect(figures).toEqual({
      ordersPerMinute: 2,
      callsPerOrderAllIn: 0.67,
      peakRolling60s: 2,
      throttled503: 1,
      duplicates: 2,
      lost: 1,
      p95AcceptedToBrightpearlMs: 60_000,
      countedCalls: 2,
    });
  });

  it('lists the window’s counted calls per route, most first', () => {
    expect(callsByEndpoint(log, { from: 500, to: 70_000 })).toEqual({ 'POST /order': 2 });
    expect(Object.keys(callsByEndpoint(log, { from: 0, to: 70_000 }))).toEqual([
      'POST /order',
      'GET /x',
    ]);
  });
});
