import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Polls until `check` returns a value other than undefined/false. The timeout is a safety net
 * against hangs, not a performance assertion; on timeout the last `describe()` is reported.
 */
export async function waitFor<T>(
  check: () => Promise<T | undefined | false> | T | undefined | false,
  options: { timeoutMs?: number; describe?: () => unknown } = {},
): Promise<T> {
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) {
      const state = await Promise.resolve(options.describe?.()).catch((error: unknown) =>
        String(error),
      );
      throw new Error(`waitFor timed out: ${JSON.stringify(state ?? null)}`);
    }
    await sleep(50);
  }
}
