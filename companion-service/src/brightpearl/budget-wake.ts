import type { BudgetClock } from './budget-types';

export function earliest(...times: (number | undefined)[]): number | undefined {
  const known = times.filter((time): time is number => time !== undefined);
  return known.length === 0 ? undefined : Math.min(...known);
}

/** One pending wake-up; answers pump on their own, so none is needed when nothing is timed. */
export function createWake(clock: BudgetClock, pump: () => void) {
  let pending: { at: number; cancel: () => void } | undefined;
  const cancel = () => {
    pending?.cancel();
    pending = undefined;
  };
  return {
    at(time: number | undefined): void {
      if (time === undefined || pending?.at === time) return;
      cancel();
      pending = {
        at: time,
        cancel: clock.after(time - clock.now(), () => {
          pending = undefined;
          pump();
        }),
      };
    },
    cancel,
  };
}
