/** A status code, or what happened instead of an answer. */
export type WebhookDeliveryStatus = number | 'dropped' | 'network-error';

export interface WebhookLogEntry {
  /** Epoch ms (simulator clock) when the attempt ended, or when the delivery was dropped. */
  at: number;
  subscriptionId: number;
  fullEvent: string;
  /** The `${resource-id}` of the delivery: one id, or an id set with ranges. */
  idSet: string;
  status: WebhookDeliveryStatus;
  /** 1 for the first try; retries count up. A dropped delivery has one entry, attempt 1. */
  attempt: number;
}

/** Every webhook delivery attempt (and every silent drop), for tests and benchmarks. */
export class WebhookLog {
  private readonly items: WebhookLogEntry[] = [];

  record(entry: WebhookLogEntry): void {
    this.items.push(entry);
  }

  entries(): readonly WebhookLogEntry[] {
    return [...this.items];
  }

  /** Attempts the receiver answered with 2xx. */
  delivered(): readonly WebhookLogEntry[] {
    return this.items.filter(
      (entry) => typeof entry.status === 'number' && entry.status >= 200 && entry.status < 300,
    );
  }

  reset(): void {
    this.items.length = 0;
  }
}
