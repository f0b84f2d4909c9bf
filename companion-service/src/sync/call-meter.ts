import { type CallOptions, PRIORITY } from '../brightpearl';

/**
 * Counts the Brightpearl requests one unit of work spends (every attempt that Brightpearl
 * executed; throttled 503s were not executed and are not counted). Benchmarks cross-check the
 * sums against the simulator's own request log.
 */
export class CallMeter {
  private count = 0;

  /** Pass as the last argument of every client call made for this unit of work. */
  readonly call: CallOptions;

  constructor(priority: number = PRIORITY.orders) {
    this.call = {
      priority,
      onCall: (info) => {
        if (!info.throttled) this.count += 1;
      },
    };
  }

  get calls(): number {
    return this.count;
  }
}
