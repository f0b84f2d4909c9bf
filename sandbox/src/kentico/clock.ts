/**
 * Record timestamps. Strictly increasing per simulator, because the modified-orders cursor is
 * inclusive on OrderModifiedWhen: many orders sharing one instant would stall a paging client.
 * Emitted with an explicit "+00:00" offset, as .NET serialises DateTimeOffset.
 */
export interface SimClock {
  /** The next timestamp, later than every one handed out before. */
  stamp(): string;
}

export function toIsoWithOffset(date: Date): string {
  return date.toISOString().replace('Z', '+00:00');
}

export function createClock(now: () => Date = () => new Date()): SimClock {
  let lastMs = 0;
  return {
    stamp() {
      lastMs = Math.max(now().getTime(), lastMs + 1);
      return toIsoWithOffset(new Date(lastMs));
    },
  };
}
