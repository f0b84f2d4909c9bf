import {
  BRIDGE_PATHS,
  KenticoOrder,
  ModifiedOrdersPage,
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
} from '@bpkc/shared-types';
import axios, { type AxiosInstance, type AxiosResponse } from 'axios';
import type { z } from 'zod';

import {
  KenticoBridgeError,
  KenticoConflictError,
  KenticoContractError,
  KenticoNotFoundError,
} from './bridge-errors';
import { nowTimestamp, sign, signingPayload } from './signing';

export interface KenticoBridgeClient {
  getOrder(orderGuid: string): Promise<KenticoOrder>;
  listModifiedOrders(modifiedSince: string, limit?: number): Promise<ModifiedOrdersPage>;
  setBrightpearlOrderId(orderGuid: string, brightpearlOrderId: number): Promise<void>;
}

/** Calls the bridge endpoints the Kentico extension serves, HMAC-signed like the events. */
export function createKenticoBridgeClient(options: {
  bridgeUrl: string;
  sharedSecret: string;
  timeoutMs?: number;
}): KenticoBridgeClient {
  const http = axios.create({
    baseURL: options.bridgeUrl.replace(/\/+$/, ''),
    timeout: options.timeoutMs ?? 15_000,
    validateStatus: () => true,
    transformResponse: (data) => data,
  });
  const call = (method: 'GET' | 'PUT', path: string, body?: unknown) =>
    signedRequest(http, options.sharedSecret, { method, path, body });

  return {
    async getOrder(orderGuid) {
      const response = await call('GET', BRIDGE_PATHS.order(orderGuid));
      return parseBody(KenticoOrder, expectOk(response, `order ${orderGuid}`), 'order');
    },
    async listModifiedOrders(modifiedSince, limit = 100) {
      const query = new URLSearchParams({ modifiedSince, limit: String(limit) });
      const response = await call('GET', `${BRIDGE_PATHS.modifiedOrders}?${query}`);
      return parseBody(
        ModifiedOrdersPage,
        expectOk(response, 'modified orders'),
        'modified orders',
      );
    },
    async setBrightpearlOrderId(orderGuid, brightpearlOrderId) {
      const body = { brightpearlOrderId, syncedAt: new Date().toISOString() };
      const response = await call('PUT', BRIDGE_PATHS.brightpearlOrderId(orderGuid), body);
      if (response.status === 409) {
        throw new KenticoConflictError(`order ${orderGuid} holds a different Brightpearl id`);
      }
      expectOk(response, `order ${orderGuid}`);
    },
  };
}

async function signedRequest(
  http: AxiosInstance,
  secret: string,
  request: { method: 'GET' | 'PUT'; path: string; body?: unknown },
): Promise<AxiosResponse<string>> {
  const body = request.body === undefined ? '' : JSON.stringify(request.body);
  const timestamp = nowTimestamp();
  const payload = signingPayload({ timestamp, body, method: request.method, path: request.path });
  const signature = sign(secret, payload);
  try {
    return await http.request<string>({
      method: request.method,
      url: request.path,
      data: body || undefined,
      headers: {
        'content-type': 'application/json',
        [SIGNATURE_HEADER]: signature,
        [TIMESTAMP_HEADER]: timestamp,
      },
    });
  } catch (error) {
    throw new KenticoBridgeError(`Kentico bridge unreachable: ${(error as Error).message}`, true);
  }
}

function expectOk(response: AxiosResponse<string>, what: string): string {
  if (response.status >= 200 && response.status < 300) return response.data;
  if (response.status === 404) throw new KenticoNotFoundError(`${what} not found in Kentico`);
  // 401/403 mean a wrong secret or clock: fixable by configuration, so retry rather than drop.
  const retryable = response.status >= 500 || response.status === 401 || response.status === 403;
  throw new KenticoBridgeError(
    `Kentico bridge answered ${response.status} for ${what}`,
    retryable,
    response.status,
  );
}

function parseBody<T extends z.ZodType>(schema: T, raw: string, what: string): z.infer<T> {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new KenticoContractError(`Kentico bridge sent ${what} that is not JSON`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new KenticoContractError(
      `Kentico ${what} breaks the contract at ${issue?.path.join('.')}: ${issue?.message}`,
    );
  }
  return parsed.data;
}
