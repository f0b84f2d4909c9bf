import { fullEventName } from '../events';
import type { ResourceEvent } from '../events';
import type { IdleTracker } from './flow-control';

export type EventKind = Omit<ResourceEvent, 'ids'>;

export interface ReadyBatch {
  webhookId: number;
  event: EventKind;
  /** Every id raised in the window, deduplicated (formatIdSet folds them into ranges). */
  ids: number[];
  /** When the first event of the batch was raised: its `${raised-on}`. */
  raisedOn: number;
}

interface OpenBatch extends Omit<ReadyBatch, 'ids'> {
  ids: Set<number>;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * idSetAccepted batching (reference §10.1): events for one subscription within `windowMs` of
 * the first become ONE callback. The window is fixed from the first event, not sliding, so a
 * steady stream still gets delivered. One callback names one full event, so a whole-resource
 * subscription gets one batch per event kind.
 */
export class IdSetBatcher {
  private readonly open = new Map<string, OpenBatch>();

  constructor(
    private readonly options: {
      windowMs: number;
      tracker: IdleTracker;
      onReady(batch: ReadyBatch): void;
    },
  ) {}

  add(webhookId: number, { event, raisedOn }: { event: ResourceEvent; raisedOn: number }): void {
    const kind: EventKind = {
      resourceType: event.resourceType,
      lifecycleEvent: event.lifecycleEvent,
      ...(event.specifier === undefined ? {} : { specifier: event.specifier }),
    };
    const key = `${webhookId}|${fullEventName(kind)}`;
    let batch = this.open.get(key);
    if (!batch) {
      this.options.tracker.begin();
      const timer = setTimeout(() => this.flush(key), this.options.windowMs);
      batch = { webhookId, event: kind, ids: new Set(), raisedOn, timer };
      this.open.set(key, batch);
    }
    for (const id of event.ids) batch.ids.add(id);
  }

  /** Forgets every open batch (the simulator is closing). */
  stop(): void {
    for (const batch of this.open.values()) {
      clearTimeout(batch.timer);
      this.options.tracker.end();
    }
    this.open.clear();
  }

  private flush(key: string): void {
    const batch = this.open.get(key);
    if (!batch) return;
    this.open.delete(key);
    const { webhookId, event, raisedOn } = batch;
    try {
      this.options.onReady({ webhookId, event, raisedOn, ids: [...batch.ids] });
    } finally {
      this.options.tracker.end();
    }
  }
}
