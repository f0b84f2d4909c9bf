/**
 * The most requests the simulator counted in any rolling window [t, t + windowMs): the figure
 * Brightpearl's cap applies to ("200 requests per rolling minute", reference §2). Throttled
 * answers are left out unless asked for: Brightpearl did not count them.
 */
export function maxRolling(
  entries: readonly { at: number; throttled: boolean }[],
  windowMs: number,
  options: { includeThrottled?: boolean } = {},
): number {
  const times = entries
    .filter((entry) => options.includeThrottled === true || !entry.throttled)
    .map((entry) => entry.at)
    .sort((a, b) => a - b);
  let best = 0;
  for (let end = 0, start = 0; end < times.length; end++) {
    while ((times[end] ?? 0) - (times[start] ?? 0) >= windowMs) start++;
    best = Math.max(best, end - start + 1);
  }
  return best;
}
