import type { Db } from '../store';
import { upsertBuckets } from './insight-store';
import { bucketOf, SERIES } from './series';

/** What the sampler reads from the Brightpearl client (`brightpearl.stats()`). */
export interface BudgetReading {
  /** Requests this instance sent since it started. */
  callsMade: number;
  /** What the account had left in Brightpearl's last answer; null before one. */
  requestsRemaining: number | null;
}

interface MinuteSample {
  requests: number;
  remainingMin: number | null;
}

/**
 * Per-instance sampling of what no table keeps: the Brightpearl requests this instance sent and
 * the allowance the answers reported, per minute. Rows carry the instance as writer, so
 * instances never add to each other's rows, and a flush that fails keeps its figures for the next.
 */
export class BudgetSampler {
  private lastCalls: number | null = null;
  private readonly pending = new Map<number, MinuteSample>();

  constructor(
    private readonly deps: {
      db: Db;
      writer: string;
      read: () => BudgetReading;
      now?: () => Date;
    },
  ) {}

  /** Notes the requests sent since the last sample and, when there were some, the allowance. */
  sample(): void {
    const reading = this.deps.read();
    const since = this.lastCalls ?? 0;
    // A smaller count means a new budget object (a restart of the client): all of it is new.
    const sent = reading.callsMade >= since ? reading.callsMade - since : reading.callsMade;
    this.lastCalls = reading.callsMade;
    if (sent <= 0) return; // no answer since the last sample: the allowance seen is stale
    const minute = bucketOf(this.deps.now?.() ?? new Date(), 'minute').getTime();
    const entry = this.pending.get(minute) ?? { requests: 0, remainingMin: null };
    entry.requests += sent;
    if (reading.requestsRemaining !== null)
      entry.remainingMin = Math.min(entry.remainingMin ?? Infinity, reading.requestsRemaining);
    this.pending.set(minute, entry);
  }

  /** Writes what was sampled; on failure keeps it for the next flush (nothing accepted is lost). */
  async flush(): Promise<void> {
    const taken = [...this.pending.entries()];
    this.pending.clear();
    if (taken.length === 0) return;
    try {
      await this.write(taken);
    } catch (error) {
      for (const [minute, sample] of taken) this.merge(minute, sample);
      throw error;
    }
  }

  private async write(samples: Array<[number, MinuteSample]>): Promise<void> {
    const { db, writer } = this.deps;
    const at = (minute: number) => new Date(minute);
    await db.transaction(async (tx) => {
      await upsertBuckets(tx, {
        grain: 'minute',
        writer,
        combine: 'add',
        rows: samples.map(([minute, s]) => ({
          series: SERIES.requests,
          bucketStart: at(minute),
          value: s.requests,
        })),
      });
      await upsertBuckets(tx, {
        grain: 'minute',
        writer,
        combine: 'min',
        rows: samples.flatMap(([minute, s]) =>
          s.remainingMin === null
            ? []
            : [{ series: SERIES.remaining, bucketStart: at(minute), value: s.remainingMin }],
        ),
      });
    });
  }

  private merge(minute: number, sample: MinuteSample): void {
    const entry = this.pending.get(minute) ?? { requests: 0, remainingMin: null };
    entry.requests += sample.requests;
    if (sample.remainingMin !== null)
      entry.remainingMin = Math.min(entry.remainingMin ?? Infinity, sample.remainingMin);
    this.pending.set(minute, entry);
  }
}
