import { setMaxListeners } from 'node:events';

import { formatIdSet } from '@bpkc/shared-types';

import type { ResourceEvent } from '../events';
import type { WebhookConfig } from '../options';
import { IdSetBatcher } from './batcher';
import type { EventKind } from './batcher';
import { deliver } from './deliver';
import { subscriptionMatches } from './event-catalog';
import { IdleTracker, Limiter } from './flow-control';
import { seededRandom } from './random';
import { eventVars, renderCallback } from './render';
import type { TemplateVars } from './render';
import type { WebhookLog } from './webhook-log';
import type { StoredWebhook } from './webhook-types';

export interface WebhookEngineDeps {
  config: WebhookConfig;
  accountCode: string;
  clock: () => number;
  /** The live subscription list (state.webhooks). */
  webhooks: ReadonlyMap<number, StoredWebhook>;
  log: WebhookLog;
}

/** Callbacks in flight at once (see Limiter). */
const MAX_IN_FLIGHT = 16;

/**
 * Turns raised events into callbacks (reference §10): matches subscriptions, batches id sets,
 * drops a configured share, renders templates and delivers with the QoS retry rules.
 */
export class WebhookEngine {
  private readonly tracker = new IdleTracker();
  private readonly batcher: IdSetBatcher;
  private readonly limiter = new Limiter(MAX_IN_FLIGHT);
  private readonly random: () => number;
  private dropRate: number;
  private abort = unlimitedController();

  constructor(private readonly deps: WebhookEngineDeps) {
    this.random = seededRandom(deps.config.seed);
    this.dropRate = deps.config.dropRate;
    this.batcher = new IdSetBatcher({
      windowMs: deps.config.batchMs,
      tracker: this.tracker,
      onReady: (batch) => {
        // A subscription deleted while its batch was open gets nothing.
        const webhook = deps.webhooks.get(batch.webhookId);
        if (webhook) this.dispatch(webhook, this.vars(batch.event, batch.ids, batch.raisedOn));
      },
    });
  }

  raise(event: ResourceEvent): void {
    if (event.ids.length === 0) return;
    const raisedOn = this.deps.clock();
    for (const webhook of this.deps.webhooks.values()) {
      if (webhook.foreign === true || !subscriptionMatches(webhook.subscribeTo, event)) continue;
      if (webhook.idSetAccepted) this.batcher.add(webhook.id, { event, raisedOn });
      // Without idSetAccepted: one callback per id (reference §10.1).
      else
        for (const id of new Set(event.ids))
          this.dispatch(webhook, this.vars(event, [id], raisedOn));
    }
  }

  /** Delivers rendered test data at once: no batching and never dropped (§10.1 simulate). */
  simulate(webhook: StoredWebhook, vars: TemplateVars): void {
    if (webhook.foreign !== true) this.send(webhook, vars);
  }

  setDropRate(rate: number): void {
    this.dropRate = rate;
  }

  whenIdle(): Promise<void> {
    return this.tracker.whenIdle();
  }

  /** Cancels open batches, scheduled retries and requests in flight. */
  stop(): void {
    this.batcher.stop();
    this.abort.abort();
    this.abort = unlimitedController();
  }

  private vars(event: EventKind, ids: number[], raisedOn: number): TemplateVars {
    const idSet = formatIdSet(ids);
    return eventVars({ accountCode: this.deps.accountCode, event, idSet, raisedOn });
  }

  /** The drop decision is taken per delivery, in raise order, so a seed replays exactly. */
  private dispatch(webhook: StoredWebhook, vars: TemplateVars): void {
    if (this.random() < this.dropRate) {
      this.deps.log.record({
        at: this.deps.clock(),
        ...logAs(webhook, vars),
        status: 'dropped',
        attempt: 1,
      });
      return;
    }
    this.send(webhook, vars);
  }

  private send(webhook: StoredWebhook, vars: TemplateVars): void {
    const { config, clock, log } = this.deps;
    const job = {
      callback: renderCallback(webhook, vars),
      qualityOfService: webhook.qualityOfService,
      logAs: logAs(webhook, vars),
    };
    this.tracker.begin();
    const signal = this.abort.signal;
    void deliver(job, { ...config, signal, limiter: this.limiter, clock, log }).finally(() =>
      this.tracker.end(),
    );
  }
}

/**
 * One signal cancels every delivery on stop(); each request in flight and each retry waiting
 * its backoff adds a listener, so dozens at once under a burst are normal here, not a leak.
 */
function unlimitedController(): AbortController {
  const controller = new AbortController();
  setMaxListeners(0, controller.signal);
  return controller;
}

const logAs = (webhook: StoredWebhook, vars: TemplateVars) => ({
  subscriptionId: webhook.id,
  fullEvent: vars['full-event'] ?? '',
  idSet: vars['resource-id'] ?? '',
});
