export interface RequestLogEntry {
  /** Epoch milliseconds (simulator clock) when the request arrived. */
  at: number;
  method: string;
  /** Route template, e.g. `POST /order-service/sales-order`, `GET /order-service/order/:idSet`. */
  endpoint: string;
  status: number;
  /** True for a 503 over-the-cap answer: Brightpearl did not execute it. */
  throttled: boolean;
}

export interface CountOptions {
  /** Count throttled 503s too (they are excluded by default: nothing was executed). */
  includeThrottled?: boolean;
}

/** Every request the simulator answered; tests and benchmarks count Brightpearl calls here. */
export class RequestLog {
  private readonly items: RequestLogEntry[] = [];

  record(entry: RequestLogEntry): void {
    this.items.push(entry);
  }

  /** Requests to `endpoint` (all endpoints when omitted), throttled ones excluded unless asked. */
  count(endpoint?: string, options: CountOptions = {}): number {
    return this.items.filter(
      (entry) =>
        (endpoint === undefined || entry.endpoint === endpoint) &&
        (options.includeThrottled === true || !entry.throttled),
    ).length;
  }

  countThrottled(): number {
    return this.items.filter((entry) => entry.throttled).length;
  }

  entries(): readonly RequestLogEntry[] {
    return [...this.items];
  }

  reset(): void {
    this.items.length = 0;
  }
}
