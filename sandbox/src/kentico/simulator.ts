import { randomUUID } from 'node:crypto';

import express, { type Express } from 'express';

import { KenticoEvent, type KenticoEventType, type KenticoOrder } from '@bpkc/shared-types';

import { requireBridgeSignature } from './bridge-auth';
import { bridgeRoutes } from './bridge-routes';
import { createClock } from './clock';
import { createEventOutbox, type OutboxOptions, type OutboxStats } from './event-outbox';
import { listenOn, type Listening } from './http-server';
import type { PlaceOrderInput } from './place-order-input';
import { createOrder } from './place-order';
import type { ReferenceData } from './reference-data';
import { createRequestLog, logRequests, type RequestLog } from './request-log';
import { postRaw, signedEventHeaders, type PostResult } from './signed-post';
import { createStore } from './store';

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
  /** Clock for record timestamps (not for signatures, which the companion checks against real time). */
  now?: () => Date;
}

export interface EmitOptions {
  eventId?: string;
  occurredAt?: string;
}

export interface KenticoSimulator {
  readonly app: Express;
  readonly requestLog: RequestLog;
  readonly reference: ReferenceData;
  /** Snapshot of the event outbox. */
  readonly outbox: OutboxStats;
  listen(port?: number, host?: string): Promise<Listening>;
  setCompanionEventsUrl(url: string | undefined): void;
  /** Creates the order and emits `order.created` unless `emit: false` (a lost event). */
  placeOrder(input: PlaceOrderInput, options?: { emit?: boolean }): KenticoOrder;
  /** Changes the status as an admin would (bumps OrderModifiedWhen) and emits `order.status-changed`. */
  setOrderStatus(orderGuid: string, statusName: string, options?: { emit?: boolean }): KenticoOrder;
  getOrder(orderGuid: string): KenticoOrder | undefined;
  listOrders(): KenticoOrder[];
  emitEvent(type: KenticoEventType, objectGuid: string, options?: EmitOptions): KenticoEvent;
  redeliver(eventId: string): void;
  /** POSTs any body to the companion; correctly signed unless `headers` is given. */
  postRaw(body: string, headers?: Record<string, string>): Promise<PostResult>;
  signedEventHeaders(body: string, timestamp?: string): Record<string, string>;
  whenIdle(): Promise<void>;
  close(): Promise<void>;
}

export function createKenticoSimulator(options: KenticoSimulatorOptions): KenticoSimulator {
  const basePath = options.basePath ?? '/bpconnect/v1';
  const currencyCode = options.currencyCode ?? 'GBP';
  const clock = createClock(options.now);
  const store = createStore();
  const requestLog = createRequestLog();
  const outbox = createEventOutbox({ secret: options.secret, retry: options.retry });
  const listeners: Listening[] = [];
  let eventsUrl = options.companionEventsUrl;
  outbox.setUrl(eventsUrl);

  const app = express();
  app.disable('x-powered-by');
  app.use(
    basePath,
    logRequests(requestLog, basePath),
    // Raw text for every content type: the signature is over the exact bytes sent.
    express.text({ type: () => true }),
    requireBridgeSignature(options.secret, basePath),
    bridgeRoutes(store),
  );

  const clone = (order: KenticoOrder | undefined) => order && structuredClone(order);
  const emitEvent = (type: KenticoEventType, objectGuid: string, emit: EmitOptions = {}) => {
    const event = KenticoEvent.parse({
      eventId: emit.eventId ?? randomUUID(),
      type,
      objectGuid,
      occurredAt: emit.occurredAt ?? clock.stamp(),
    });
    outbox.enqueue(event);
    return event;
  };

  return {
    app,
    requestLog,
    reference: store.reference,
    get outbox() {
      return outbox.stats();
    },
    async listen(port = 0, host = '127.0.0.1') {
      const listening = await listenOn(app, { port, host, basePath });
      listeners.push(listening);
      return { url: listening.url, close: listening.close };
    },
    setCompanionEventsUrl(url) {
      eventsUrl = url;
      outbox.setUrl(url);
    },
    placeOrder(input, placeOptions = {}) {
      const order = createOrder(store, input, { now: clock.stamp, currencyCode });
      if (placeOptions.emit !== false) emitEvent('order.created', order.OrderGUID);
      return structuredClone(order);
    },
    setOrderStatus(orderGuid, statusName, statusOptions = {}) {
      const order = store.getOrder(orderGuid);
      const status = store.reference.orderStatuses.find(statusName);
      if (!order || !status) throw new Error(`Unknown order ${orderGuid} or status ${statusName}`);
      order.OrderOrderStatusID = status.OrderStatusID;
      order.OrderStatusName = status.OrderStatusName;
      order.OrderModifiedWhen = clock.stamp();
      if (statusOptions.emit !== false) emitEvent('order.status-changed', order.OrderGUID);
      return structuredClone(order);
    },
    getOrder: (orderGuid) => clone(store.getOrder(orderGuid)),
    listOrders: () => store.listOrders().map((order) => structuredClone(order)),
    emitEvent,
    redeliver: (eventId) => outbox.redeliver(eventId),
    async postRaw(body, headers) {
      if (!eventsUrl) throw new Error('No companion events URL set');
      const sent = headers ?? signedEventHeaders(options.secret, body);
      return postRaw({ url: eventsUrl, body, headers: sent, timeoutMs: 10_000 });
    },
    signedEventHeaders: (body, timestamp) => signedEventHeaders(options.secret, body, timestamp),
    whenIdle: () => outbox.whenIdle(),
    async close() {
      outbox.close();
      await Promise.all(listeners.splice(0).map((listening) => listening.close()));
    },
  };
}
