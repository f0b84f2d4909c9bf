import { randomUUID } from 'node:crypto';

import express from 'express';

import { KenticoEvent, type KenticoEventType } from '@bpkc/shared-types';

import { requireBridgeSignature } from './bridge-auth';
import { bridgeRoutes } from './bridge-routes';
import { createCatalogApi } from './catalog-api';
import { createClock } from './clock';
import { createCustomerApi } from './customer-api';
import { createEventOutbox } from './event-outbox';
import { bridgePlan, createKenticoFaults, kenticoCounters } from './fault-hook';
import { listenOn, type Listening } from './http-server';
import { createOrderApi } from './order-api';
import { createRequestLog, logRequests } from './request-log';
import { postRaw, signedEventHeaders } from './signed-post';
import type { SimContext } from './sim-context';
import type { EmitOptions, KenticoSimulator, KenticoSimulatorOptions } from './simulator-types';
import { createStore } from './store';

export type { EmitOptions, KenticoSimulator, KenticoSimulatorOptions } from './simulator-types';

/**
 * The Kentico side of the integration as the companion sees it: the extension's signed bridge
 * endpoints over an in-memory commerce store, and its outbox pushing signed thin events.
 */
export function createKenticoSimulator(options: KenticoSimulatorOptions): KenticoSimulator {
  const basePath = options.basePath ?? '/bpconnect/v1';
  const currencyCode = options.currencyCode ?? 'GBP';
  const clock = createClock(options.now);
  const store = createStore(clock.stamp);
  const requestLog = createRequestLog();
  const seed = options.seed ?? 1;
  const outbox = createEventOutbox({
    secret: options.secret,
    retry: options.retry,
    dropSeed: seed,
  });
  // A separate stream from the event drops, so one rate never shifts the other's picks.
  const faults = createKenticoFaults(seed + 0x5eed);
  const listeners: Listening[] = [];
  let eventsUrl = options.companionEventsUrl;
  outbox.setUrl(eventsUrl);

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

  const ctx: SimContext = { store, now: clock.stamp, emit: emitEvent };

  const app = express();
  app.disable('x-powered-by');
  app.use(
    basePath,
    logRequests(requestLog, basePath),
    // Before the body is read and the routes run: a faulted request changes nothing.
    faults.middleware,
    // Raw text for every content type: the signature is over the exact bytes sent. A full
    // product batch can pass express's 100 kB default; ASP.NET accepts ~30 MB.
    express.text({ type: () => true, limit: '10mb' }),
    requireBridgeSignature(options.secret, basePath),
    bridgeRoutes(ctx),
  );

  return {
    ...createCatalogApi(store, { currencyCode, emitEvent }),
    ...createOrderApi(ctx, currencyCode),
    ...createCustomerApi(ctx),
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
    setFaults(plan) {
      faults.setPlan(bridgePlan(plan));
      outbox.setDropRate(plan.eventDropRate ?? 0);
    },
    faultCounters: () => kenticoCounters(faults.counters(), outbox.dropped()),
    emitEvent,
    emittedEvents: () => outbox.events(),
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
