/** Median of a list (the mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? sorted[middle]!
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * How unusual `value` is against `history`: |value − median| / spread, where spread is 1.4826 ×
 * MAD (the median absolute deviation, scaled to match a standard deviation for normal data).
 * Robust: a few huge past orders move neither the median nor the MAD.
 *
 * When over half the orders are alike the MAD is 0; then the mean absolute deviation (× 1.2533)
 * stands in, and the spread is never below `minimumSpread(median)`, so a store whose orders are all the
 * same does not call the first slightly different one an outlier.
 */
export function robustScore(
  value: number,
  history: readonly number[],
  minimumSpread: (median: number) => number,
): { score: number; median: number } {
  const middle = median(history);
  const deviations = history.map((x) => Math.abs(x - middle));
  const mad = median(deviations);
  const meanDeviation = deviations.reduce((sum, d) => sum + d, 0) / (deviations.length || 1);
  const spread = Math.max(mad > 0 ? 1.4826 * mad : 1.2533 * meanDeviation, minimumSpread(middle));
  return { score: Math.abs(value - middle) / spread, median: middle };
}
