/** One read of a source: its value, or why it failed; either way when it was read. */
export type CachedRead<T> =
  { ok: true; value: T; fetchedAt: number } | { ok: false; message: string; fetchedAt: number };

export interface CachedSource<T> {
  /** The cached read when it is younger than `maxAgeMs` (and than the TTL), else a fresh one. */
  read(maxAgeMs?: number): Promise<CachedRead<T>>;
  /** The last read, whatever its age, without ever loading (undefined: never read). */
  peek(): CachedRead<T> | undefined;
}

export interface CachedSourceOptions<T> {
  load: () => Promise<T>;
  /** How long a successful read is served. */
  ttlMs: number;
  /** How long a failure is served: short, so a fixed outage shows soon, long enough not to hammer. */
  failureTtlMs: number;
  now: () => number;
  /** Told about each failed load (not about every read of a cached failure). */
  onFailure?: (message: string) => void;
}

/**
 * A value read at most once per TTL. Concurrent readers share one load, so a screen opened in
 * three tabs at once still costs one read.
 */
export function createCachedSource<T>(options: CachedSourceOptions<T>): CachedSource<T> {
  let cached: CachedRead<T> | undefined;
  let loading: Promise<CachedRead<T>> | undefined;

  const load = async (): Promise<CachedRead<T>> => {
    try {
      cached = { ok: true, value: await options.load(), fetchedAt: options.now() };
    } catch (error) {
      cached = { ok: false, message: messageOf(error), fetchedAt: options.now() };
      options.onFailure?.(cached.message);
    }
    return cached;
  };

  const isFresh = (read: CachedRead<T>, maxAgeMs: number): boolean => {
    const ttl = read.ok ? options.ttlMs : options.failureTtlMs;
    return options.now() - read.fetchedAt < Math.min(ttl, maxAgeMs);
  };

  return {
    async read(maxAgeMs = Number.POSITIVE_INFINITY) {
      if (cached && isFresh(cached, maxAgeMs)) return cached;
      loading ??= load().finally(() => {
        loading = undefined;
      });
      return loading;
    },
    peek: () => cached,
  };
}

// Client errors are typed and carry only endpoints, statuses and codes (no secrets, no personal
// data), so their message is fit for the admin screen.
function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
