import type { Alert } from './types';

/** Cap per channel: a channel that fails for days must not grow memory without bound. */
export const MAX_PENDING = 500;

export interface Batch {
  alerts: Alert[];
  dropped: number;
}

/**
 * One channel's undelivered alerts and the keys it sent recently. Per channel, because a failing
 * Slack webhook must not make e-mail resend, nor e-mail's success hide Slack's backlog.
 */
export class PendingAlerts {
  private pending = new Map<string, Alert>();
  private sentAt = new Map<string, number>();
  private dropped = 0;

  constructor(private readonly windowMs: number) {}

  get size(): number {
    return this.pending.size;
  }

  /** False when the key was sent within the window (skipped) — repeated problems stay quiet. */
  add(alert: Alert, nowMs: number): boolean {
    const sent = this.sentAt.get(alert.key);
    if (sent !== undefined && nowMs - sent < this.windowMs) return false;
    // Same key already waiting: keep the newest wording (counts grow), in the original position.
    this.pending.set(alert.key, alert);
    this.enforceBound();
    return true;
  }

  /** Everything waiting, removed while it is being sent. */
  take(): Batch {
    const batch = { alerts: [...this.pending.values()], dropped: this.dropped };
    this.pending.clear();
    this.dropped = 0;
    return batch;
  }

  /** A failed send puts its batch back ahead of anything raised meanwhile. */
  restore(batch: Batch): void {
    const newer = this.pending;
    this.pending = new Map(batch.alerts.map((alert) => [alert.key, alert]));
    for (const [key, alert] of newer) this.pending.set(key, alert);
    this.dropped += batch.dropped;
    this.enforceBound();
  }

  markSent(batch: Batch, nowMs: number): void {
    for (const [key, at] of this.sentAt) {
      if (nowMs - at >= this.windowMs) this.sentAt.delete(key);
    }
    for (const alert of batch.alerts) this.sentAt.set(alert.key, nowMs);
  }

  /** Drops the oldest first: the newest alerts describe the current state best. */
  private enforceBound(): void {
    for (const key of this.pending.keys()) {
      if (this.pending.size <= MAX_PENDING) return;
      this.pending.delete(key);
      this.dropped += 1;
    }
  }
}
