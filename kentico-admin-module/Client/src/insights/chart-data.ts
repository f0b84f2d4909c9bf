import { humanize } from '../shared/format';

/** Pure shaping of the Insights series for uPlot and for the table alternative. */

/** uPlot's x values: seconds since the epoch. */
export const toSeconds = (buckets: readonly string[]): number[] =>
  buckets.map((bucket) => Math.floor(Date.parse(bucket) / 1000));

export interface ChartSeries {
  label: string;
  values: ReadonlyArray<number | null>;
}

/**
 * Stacked bars: each series drawn as the sum of itself and those below it, so drawing the top
 * one first and the others over it shows the stack. Returns them in drawing order.
 */
export function stacked(series: readonly ChartSeries[]): ChartSeries[] {
  const running: number[] = [];
  const cumulative = series.map((one) => ({
    label: one.label,
    values: one.values.map((value, i) => (running[i] = (running[i] ?? 0) + (value ?? 0))),
  }));
  return cumulative.reverse();
}

/** The numbers behind a chart, one row per bucket that holds any. */
export function tableRows(
  buckets: readonly string[],
  series: readonly ChartSeries[],
): Array<{ bucket: string; values: Array<number | null> }> {
  return buckets
    .map((bucket, i) => ({ bucket, values: series.map((one) => one.values[i] ?? null) }))
    .filter((row) => row.values.some((value) => value !== null && value !== 0));
}

const total = (values: ReadonlyArray<number | null>) =>
  values.reduce<number>((sum, value) => sum + (value ?? 0), 0);

const rounded = (value: number) => Math.round(value * 10) / 10;

/** What a screen reader hears for a chart (and what the card shows under its headline). */
export function seriesSummary(series: readonly ChartSeries[], kind: 'total' | 'peak'): string {
  return series
    .map((one) => {
      const present = one.values.filter((value): value is number => value !== null);
      const figure =
        kind === 'total'
          ? total(present)
          : present.length === 0
            ? null
            : rounded(Math.max(...present));
      return `${one.label}: ${figure === null ? 'none' : figure.toLocaleString('en')}`;
    })
    .join(', ');
}

/** A failure reason as the merchant reads it ("unmapped-shipping-method" → "Unmapped shipping method"). */
export const reasonLabel = (reason: string) => humanize(reason);
