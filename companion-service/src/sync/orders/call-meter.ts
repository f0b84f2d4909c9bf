import { type CallOptions, PRIORITY } from '../../brightpearl';

/**
 * Counts the Brightpearl requests one order's sync spends (every attempt that Brightpearl
 * executed; throttled 503s were not executed and are not counted). The benchmark cross-checks
 * the sum against the simulator's own request log.
 */
export class CallMeter {
  private count = 0;

  /** Pass as the last argument of every client call made for the order. */
  readonly call: CallOptions = {
    priority: PRIORITY.orders,
    onCall: (info) => {
      if (!info.throttled) this.count += 1;
    },
  };

  get calls(): number {
    return this.count;
  }
}
