/** Display helpers for the dashboard; plain functions so they can be unit tested without React. */

export const formatCount = (value: number): string => value.toLocaleString();

export const formatTimestamp = (iso: string | null, empty = 'Never'): string => {
  if (iso === null) return empty;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
};

/** Reasons with a count, biggest first. */
export const sortedReasons = (counts: Record<string, number>): Array<[string, number]> =>
  Object.entries(counts)
    .filter(([, count]) => count > 0)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
