import { randomUUID } from 'node:crypto';

import express from 'express';

import { KenticoEvent, type KenticoEventType, type KenticoOrder } from '@bpkc/shared-types';

import { requireBridgeSignature } from './bridge-auth';
import { bridgeRoutes } from './bridge-routes';
import { createCatalogApi } from './catalog-api';
import { createClock } from './clock';
import { createEventOutbox } from './event-outbox';
import { listenOn, type Listening } from './http-server';
import { createOrder } from './place-order';
import { createRequestLog, logRequests } from './request-log';
import { postRaw, signedEventHeaders } from './signed-post';
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
  const outbox = createEventOutbox({ secret: options.secret, retry: options.retry });
  const listeners: Listening[] = [];
  let eventsUrl = options.companionEventsUrl;
  outbox.setUrl(eventsUrl);

  const app = express();
  app.disable('x-powered-by');
  app.use(
    basePath,
    logRequests(requestLog, basePath),
    // Raw text for every content type: the signature is over the exact bytes sent. A full
    // product batch can pass express's 100 kB default; ASP.NET accepts ~30 MB.
    express.text({ type: () => true, limit: '10mb' }),
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
    ...createCatalogApi(store, { currencyCode, emitEvent }),
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
      // The extension's insert handler fires as the order is written, hence its creation time.
      const occurredAt = order.OrderCreatedWhen;
      if (placeOptions.emit !== false) emitEvent('order.created', order.OrderGUID, { occurredAt });
      return structuredClone(order);
    },
    setOrderStatus(orderGuid, statusName, statusOptions = {}) {
      const order = store.getOrder(orderGuid);
      const status = store.reference.orderStatuses.find(statusName);
      if (!order || !status) throw new Error(`Unknown order ${orderGuid} or status ${statusName}`);
      order.OrderOrderStatusID = status.OrderStatusID;
      order.OrderStatusName = status.OrderStatusName;
      order.OrderModifiedWhen = clock.stamp();
      const occurredAt = order.OrderModifiedWhen;
      if (statusOptions.emit !== false) {
        emitEvent('order.status-changed', order.OrderGUID, { occurredAt });
      }
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
