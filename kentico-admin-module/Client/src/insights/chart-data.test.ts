import { seriesSummary, stacked, tableRows, toSeconds } from './chart-data';

describe('Insights chart data', () => {
  it('turns bucket timestamps into uPlot seconds', () => {
    expect(toSeconds(['2026-06-30T10:00:00.000Z'])).toEqual([1_782_813_600]);
  });

  it('stacks series bottom first and returns them in drawing order (tallest first)', () => {
    const drawn = stacked([
      { label: 'a', values: [1, 0, 2] },
      { label: 'b', values: [3, null, 1] },
    ]);
    expect(drawn).toEqual([
      { label: 'b', values: [4, 0, 3] },
      { label: 'a', values: [1, 0, 2] },
    ]);
  });

  it('lists only the buckets that hold a figure, with every series in order', () => {
    const rows = tableRows(
      ['h1', 'h2', 'h3'],
      [
        { label: 'orders', values: [0, 2, 0] },
        { label: 'latency', values: [null, 1.5, null] },
      ],
    );
    expect(rows).toEqual([{ bucket: 'h2', values: [2, 1.5] }]);
  });

  it('says the totals or the peaks in words', () => {
    const series = [
      { label: 'Orders', values: [1, 2, 3] },
      { label: 'Latency', values: [null, null] },
    ];
    expect(seriesSummary(series, 'total')).toBe('Orders: 6, Latency: 0');
    expect(seriesSummary(series, 'peak')).toBe('Orders: 3, Latency: none');
  });
});
