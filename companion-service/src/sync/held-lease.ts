import type { Db } from '../store';

/** What `work` is given: whether its lease is still certainly held. */
export interface LeaseHandle {
  readonly key: string;
  stillHeld(): boolean;
}

/**
 * One lease row as its holder sees it (sync/leases.ts): taken, renewed every third of its TTL
 * until released, and known to be certainly ours only until the last successful write + TTL.
 */
export class HeldLease implements LeaseHandle {
  readonly key: string;
  /** Local time until which the lease is certainly ours: measured from before the write. */
  private validUntil = 0;
  private lost = false;
  private timer: NodeJS.Timeout | undefined;
  private released = false;

  constructor(
    private readonly db: Db,
    private readonly lease: { key: string; owner: string; ttlSeconds: number },
  ) {
    this.key = lease.key;
  }

  stillHeld(): boolean {
    return !this.lost && Date.now() < this.validUntil;
  }

  async tryAcquire(): Promise<boolean> {
    const { key, owner, ttlSeconds } = this.lease;
    const before = Date.now();
    const rows = await this.db.query(
      `INSERT INTO leases (key, owner, lease_until)
       VALUES ($1, $2, now() + make_interval(secs => $3::int))
       ON CONFLICT (key) DO UPDATE SET owner = EXCLUDED.owner, lease_until = EXCLUDED.lease_until
         WHERE leases.lease_until < now()
       RETURNING owner`,
      [key, owner, ttlSeconds],
    );
    if (rows.length === 1) this.validUntil = before + ttlSeconds * 1000;
    return rows.length === 1;
  }

  /** Renews every third of the TTL, one renewal at a time, until released. */
  keepRenewed(): void {
    const everyMs = Math.max(250, (this.lease.ttlSeconds * 1000) / 3);
    const next = (): void => {
      if (this.released) return;
      this.timer = setTimeout(() => void this.renew().finally(next), everyMs);
      this.timer.unref();
    };
    next();
  }

  async release(): Promise<void> {
    this.released = true;
    clearTimeout(this.timer);
    const { key, owner } = this.lease;
    await this.db.query(`DELETE FROM leases WHERE key = $1 AND owner = $2`, [key, owner]);
  }

  private async renew(): Promise<void> {
    const { key, owner, ttlSeconds } = this.lease;
    const before = Date.now();
    try {
      const rows = await this.db.query(
        `UPDATE leases SET lease_until = now() + make_interval(secs => $3::int)
         WHERE key = $1 AND owner = $2 RETURNING owner`,
        [key, owner, ttlSeconds],
      );
      // No row: the lease lapsed and another worker took it (or it was released at a restart).
      if (rows.length === 0) this.lost = true;
      else this.validUntil = before + ttlSeconds * 1000;
    } catch {
      // Retried at the next tick; `stillHeld` turns false once a whole TTL passed unrenewed.
    }
  }
}
