import type { Express } from 'express';

import type { KenticoEvent, KenticoEventType } from '@bpkc/shared-types';

import type { CatalogApi } from './catalog-api';
import type { CustomerApi } from './customer-api';
import type { OutboxOptions, OutboxStats } from './event-outbox';
import type { KenticoFaultCounters, KenticoFaultPlan } from './fault-hook';
import type { Listening } from './http-server';
import type { OrderApi } from './order-api';
import type { ReferenceData } from './reference-data';
import type { RequestLog } from './request-log';
import type { PostResult } from './signed-post';

export interface KenticoSimulatorOptions {
  secret: string;
  /** Default '/bpconnect/v1'. */
  basePath?: string;
  /** The companion's event intake, e.g. http://127.0.0.1:PORT/webhooks/kentico. */
  companionEventsUrl?: string;
  /** Default 'GBP' (stored as BpcCurrencyCode). */
  currencyCode?: string;
  /** Event delivery backoff; tests shorten it. */
  retry?: OutboxOptions['retry'];
  /** Clock for record timestamps; signatures always use real time, as the companion checks them. */
  now?: () => Date;
  /** Seed of the fault and event-drop picks (chaos tests); default 1. */
  seed?: number;
}

export interface EmitOptions {
  /** A GUID; pass an earlier event's id to send a duplicate. */
  eventId?: string;
  occurredAt?: string;
}

/** Events and the bridge; orders, customers, products and stock come from the *Api parts. */
export interface KenticoSimulator extends CatalogApi, OrderApi, CustomerApi {
  readonly app: Express;
  readonly requestLog: RequestLog;
  readonly reference: ReferenceData;
  /** Snapshot of the event outbox. */
  readonly outbox: OutboxStats;
  /** Serves the bridge on a real port; the URL includes the base path. */
  listen(port?: number, host?: string): Promise<Listening>;
  setCompanionEventsUrl(url: string | undefined): void;
  /** Chaos tests: bridge faults and the event drop rate (missing kinds: 0; {} turns all off). */
  setFaults(plan: KenticoFaultPlan): void;
  faultCounters(): KenticoFaultCounters;
  emitEvent(type: KenticoEventType, objectGuid: string, options?: EmitOptions): KenticoEvent;
  /** Every event emitted so far (delivered or not), oldest first: for asserting emission rules. */
  emittedEvents(): KenticoEvent[];
  /** Sends an already delivered (or rejected) event again, same eventId: at-least-once delivery. */
  redeliver(eventId: string): void;
  /** POSTs any body to the companion; correctly signed unless `headers` is given. */
  postRaw(body: string, headers?: Record<string, string>): Promise<PostResult>;
  signedEventHeaders(body: string, timestamp?: string): Record<string, string>;
  /** Resolves once no event is pending; rejects if the simulator is closed first. */
  whenIdle(): Promise<void>;
  /** Stops event retries and closes the servers opened by listen(). */
  close(): Promise<void>;
}
