/** True when `work` settled within `ms`. */
export async function settlesWithin(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([work.then(() => true as const), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * An idle wait that `wake()` cuts short. A wake that arrives while the owner is busy is kept,
 * so the next `sleep()` returns at once: a job committed during a fetch is not left waiting.
 */
export class WakeableSleep {
  private woken = false;
  private cutShort: (() => void) | undefined;

  /** Forget earlier wakes: the owner is about to look for work anyway. */
  reset(): void {
    this.woken = false;
  }

  wake(): void {
    this.woken = true;
    this.cutShort?.();
  }

  sleep(ms: number): Promise<void> {
    if (this.woken) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => done(), ms);
      const done = (): void => {
        clearTimeout(timer);
        this.cutShort = undefined;
        resolve();
      };
      this.cutShort = done;
    });
  }
}
