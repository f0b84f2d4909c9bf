import { SIGNATURE_HEADER, TIMESTAMP_HEADER } from '@bpkc/shared-types';
import axios, { type AxiosResponse } from 'axios';
import type { z } from 'zod';

import {
  KenticoBridgeError,
  KenticoConflictError,
  KenticoContractError,
  KenticoNotFoundError,
} from './bridge-errors';
import { nowTimestamp, sign, signingPayload } from './signing';

export type BridgeMethod = 'GET' | 'PUT' | 'POST';

export interface BridgeHttp {
  /** A signed call; resolves with the raw body of a 2xx, throws a typed error otherwise. */
  call(request: {
    method: BridgeMethod;
    path: string;
    body?: unknown;
    what: string;
  }): Promise<string>;
}

export function createBridgeHttp(options: {
  bridgeUrl: string;
  sharedSecret: string;
  timeoutMs?: number;
  /** Told every call's HTTP status (null: no answer), e.g. for connection health. */
  onResult?: (status: number | null) => void;
}): BridgeHttp {
  const http = axios.create({
    baseURL: options.bridgeUrl.replace(/\/+$/, ''),
    timeout: options.timeoutMs ?? 15_000,
    validateStatus: () => true,
    transformResponse: (data) => data,
  });
  return {
    async call(request) {
      const body = request.body === undefined ? '' : JSON.stringify(request.body);
      const timestamp = nowTimestamp();
      const payload = signingPayload({
        timestamp,
        body,
        method: request.method,
        path: request.path,
      });
      let response: AxiosResponse<string>;
      try {
        response = await http.request<string>({
          method: request.method,
          url: request.path,
          data: body || undefined,
          headers: {
            'content-type': 'application/json',
            [SIGNATURE_HEADER]: sign(options.sharedSecret, payload),
            [TIMESTAMP_HEADER]: timestamp,
          },
        });
      } catch (error) {
        options.onResult?.(null);
        throw new KenticoBridgeError(
          `Kentico bridge unreachable: ${(error as Error).message}`,
          true,
        );
      }
      options.onResult?.(response.status);
      return expectOk(response, request.what);
    },
  };
}

function expectOk(response: AxiosResponse<string>, what: string): string {
  if (response.status >= 200 && response.status < 300) return response.data;
  if (response.status === 404) throw new KenticoNotFoundError(`${what} not found in Kentico`);
  if (response.status === 409)
    throw new KenticoConflictError(`${what}: Kentico reports a conflict`);
  // 401/403 mean a wrong secret or clock: fixable by configuration, so retry rather than drop.
  // 408/429 (timeout, too busy) pass by themselves: a permanent error is a dead letter at once.
  const retryable = response.status >= 500 || [401, 403, 408, 429].includes(response.status);
  throw new KenticoBridgeError(
    `Kentico bridge answered ${response.status} for ${what}`,
    retryable,
    response.status,
  );
}

/** Parses a bridge answer against the shared contract; a mismatch is permanent. */
export function parseBridgeBody<T extends z.ZodType>(
  schema: T,
  raw: string,
  what: string,
): z.infer<T> {
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
