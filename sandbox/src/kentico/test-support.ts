import request from 'supertest';

import { BRIDGE_PATHS, type KenticoEventType, type KenticoOrder } from '@bpkc/shared-types';

import { signedBridgeHeaders } from './bridge-signing';
import { sampleOrderInput } from './fixtures';
import type { KenticoSimulator } from './simulator';

/** Test-only helpers shared by the colocated lifecycle *.test.ts files. */
export const TEST_SECRET = 'lifecycle-secret';
export const BASE = '/bpconnect/v1';

export type BridgeMethod = 'get' | 'put' | 'post';

export interface BridgeCall {
  method: BridgeMethod;
  path: string;
  /** Sent as JSON text; a string is sent verbatim (e.g. malformed JSON). */
  body?: unknown;
}

/** A correctly signed bridge call. */
export function signedCall(sim: KenticoSimulator, { method, path, body }: BridgeCall) {
  const raw = body === undefined || typeof body === 'string' ? body : JSON.stringify(body);
  const headers = signedBridgeHeaders(TEST_SECRET, { method, path, body: raw });
  const req = request(sim.app)
    [method](BASE + path)
    .set(headers);
  return raw === undefined ? req : req.set('content-type', 'application/json').send(raw);
}

/** The sample order, without its `order.created` event so tests see only what they cause. */
export const placeSample = (sim: KenticoSimulator): KenticoOrder =>
  sim.placeOrder(sampleOrderInput(), { emit: false });

/** [type, objectGuid] of every event emitted so far. */
export const emitted = (sim: KenticoSimulator): Array<[KenticoEventType, string]> =>
  sim.emittedEvents().map((event) => [event.type, event.objectGuid]);

/** The order as GET /orders/:guid serves it (raw JSON, extension fields included). */
export async function bridgeOrder(
  sim: KenticoSimulator,
  guid: string,
): Promise<Record<string, unknown>> {
  const res = await signedCall(sim, { method: 'get', path: BRIDGE_PATHS.order(guid) }).expect(200);
  return res.body as Record<string, unknown>;
}
