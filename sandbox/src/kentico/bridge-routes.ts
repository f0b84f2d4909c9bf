import { Router, type Response } from 'express';
import type { z } from 'zod';

import {
  KenticoOrderGuid,
  ModifiedOrdersQuery,
  SetBrightpearlOrderIdBody,
  type BridgeError,
} from '@bpkc/shared-types';

import { rawBodyOf } from './bridge-auth';
import { modifiedOrdersPage } from './modified-orders';
import type { KenticoStore } from './store';

function sendError(res: Response, status: number, body: BridgeError): void {
  res.status(status).json(body);
}

function sendInvalid(res: Response, error: z.ZodError, fallbackField?: string): void {
  const issue = error.issues[0];
  const field = issue?.path.map(String).join('.') || fallbackField;
  sendError(res, 400, { error: issue?.message ?? 'Invalid request', ...(field ? { field } : {}) });
}

function parseJson(raw: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(raw) };
  } catch {
    return { ok: false };
  }
}

/** The bridge endpoints the extension serves for the companion (BRIDGE_PATHS). */
export function bridgeRoutes(store: KenticoStore): Router {
  const router = Router();

  router.get('/orders', (req, res) => {
    const query = ModifiedOrdersQuery.safeParse(req.query);
    if (!query.success) return sendInvalid(res, query.error);
    res.json(modifiedOrdersPage(store.listOrders(), query.data));
  });

  router.get('/orders/:orderGuid', (req, res) => {
    const guid = KenticoOrderGuid.safeParse(req.params.orderGuid);
    if (!guid.success) return sendInvalid(res, guid.error, 'orderGuid');
    const order = store.getOrder(guid.data);
    if (!order) return sendError(res, 404, { error: `Order ${guid.data} not found` });
    res.json(order);
  });

  router.put('/orders/:orderGuid/brightpearl-order', (req, res) => {
    const guid = KenticoOrderGuid.safeParse(req.params.orderGuid);
    if (!guid.success) return sendInvalid(res, guid.error, 'orderGuid');
    const json = parseJson(rawBodyOf(req.body));
    if (!json.ok) return sendError(res, 400, { error: 'Body is not valid JSON' });
    const body = SetBrightpearlOrderIdBody.safeParse(json.value);
    if (!body.success) return sendInvalid(res, body.error);
    if (!store.getOrder(guid.data)) {
      return sendError(res, 404, { error: `Order ${guid.data} not found` });
    }
    const existing = store.getBinding(guid.data);
    if (existing && existing.brightpearlOrderId !== body.data.brightpearlOrderId) {
      const error = `Order is already linked to Brightpearl order ${existing.brightpearlOrderId}`;
      return sendError(res, 409, { error, field: 'brightpearlOrderId' });
    }
    // Same id again is a retry of a call that already succeeded: keep the first syncedAt.
    if (!existing) store.setBinding(guid.data, body.data);
    res.status(204).end();
  });

  router.use((req, res) => sendError(res, 404, { error: `No route ${req.method} ${req.path}` }));
  return router;
}
