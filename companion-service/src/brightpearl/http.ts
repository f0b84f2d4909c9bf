import { performance } from 'node:perf_hooks';

import { BRIGHTPEARL_HEADERS } from '@bpkc/shared-types';
import axios from 'axios';
import type { AxiosInstance, AxiosResponse } from 'axios';

import { createSilentLogger } from '../observability/logger';
import type { Logger } from '../observability/logger';
import { authHeaders, renewedAfterUnauthorized } from './auth';
import type { BrightpearlAuth } from './auth';
import { DEFAULT_PRIORITY } from './budget';
import type { RateBudget } from './budget';
import type { BudgetedAttempt, ThrottleHeaders } from './budget-types';
import { errorFromResponse, isThrottleResponse, networkError } from './error-mapping';
import { BrightpearlThrottledError } from './errors';
import type { InstallationId } from './installation';
import type { CallInfo, CallOptions, OnCall } from './types';

export interface HttpTransportOptions {
  /**
   * `{scheme}://{host}[:port]/public-api/{accountCode}`, so it can point at a simulator; a
   * function is asked before every attempt (OAuth: the `api_domain` of the current token).
   */
  baseUrl: string | (() => Promise<string>);
  auth: BrightpearlAuth;
  budget: RateBudget;
  timeoutMs?: number;
  onCall?: OnCall;
  logger?: Logger;
  /** Told the installed-integration id each answer carries. */
  installation?: InstallationId;
}

export interface TransportRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Template used for stats, logs and errors, e.g. `GET /order-service/order/{idSet}`. */
  endpoint: string;
  /** Path below baseUrl, query string included and already encoded. */
  path: string;
  body?: unknown;
  call?: CallOptions;
  /**
   * Builds the request actually sent, once, when the budget grants this request its slot (the
   * write batcher decides then which waiting writes go, and whether as one multi-message).
   * `endpoint` and `call.priority` above are what the budget queues it under.
   */
  atGrant?: () => Omit<TransportRequest, 'atGrant'>;
}

export interface TransportResponse {
  status: number;
  body: unknown;
}

export interface Transport {
  /** Resolves with 2xx answers only; everything else rejects with a BrightpearlError. */
  send(request: TransportRequest): Promise<TransportResponse>;
}

interface Attempt extends BudgetedAttempt, TransportResponse {
  /** The auth headers sent, to tell which token a 401 refused. */
  sentHeaders: Record<string, string>;
}

export function createHttpTransport(options: HttpTransportOptions): Transport {
  const logger = options.logger ?? createSilentLogger();
  const http = axios.create({
    baseURL: typeof options.baseUrl === 'string' ? options.baseUrl : undefined,
    timeout: options.timeoutMs ?? 30_000,
    // Statuses are mapped below; Brightpearl never redirects, so a redirect is not followed.
    validateStatus: () => true,
    maxRedirects: 0,
    headers: { Accept: 'application/json' },
    transitional: { clarifyTimeoutError: true },
  });
  const report = (info: CallInfo, call: CallOptions | undefined): void => {
    logger.debug('brightpearl call', { ...info });
    for (const hook of [options.onCall, call?.onCall]) {
      try {
        hook?.(info);
      } catch (error) {
        logger.warn('brightpearl onCall hook failed', {
          endpoint: info.endpoint,
          error: String(error),
        });
      }
    }
  };

  async function attempt(request: TransportRequest): Promise<Attempt> {
    const headers = await authHeaders(options.auth, request.endpoint);
    const baseURL = typeof options.baseUrl === 'string' ? undefined : await options.baseUrl();
    const started = performance.now();
    let response: AxiosResponse;
    try {
      response = await send(http, request, { headers, baseURL });
    } catch (error) {
      const durationMs = Math.round(performance.now() - started);
      report(
        { endpoint: request.endpoint, status: null, durationMs, throttled: false },
        request.call,
      );
      throw networkError({ endpoint: request.endpoint, isWrite: request.method !== 'GET', error });
    }
    const durationMs = Math.round(performance.now() - started);
    options.installation?.observe(response.headers as Record<string, unknown>);
    const throttled = isThrottleResponse(response.status, response.data);
    report(
      { endpoint: request.endpoint, status: response.status, durationMs, throttled },
      request.call,
    );
    return {
      status: response.status,
      body: response.data,
      throttled,
      headers: throttleHeaders(response),
      sentHeaders: headers,
    };
  }

  return {
    async send(queued) {
      let built: TransportRequest | undefined;
      const request = (): TransportRequest => (built ??= queued.atGrant?.() ?? queued);
      const budgeted = () =>
        options.budget.run(
          { endpoint: queued.endpoint, priority: queued.call?.priority ?? DEFAULT_PRIORITY },
          () => attempt(request()),
        );
      let { result, attempts } = await budgeted();
      // An expired OAuth token: refresh once and retry once (a 401 was not executed).
      if (
        result.status === 401 &&
        (await renewedAfterUnauthorized(options.auth, result.sentHeaders))
      ) {
        ({ result, attempts } = await budgeted());
      }
      const { endpoint } = request();
      const { status, body } = result;
      if (result.throttled) throw new BrightpearlThrottledError({ endpoint, status, attempts });
      if (status >= 200 && status < 300) return { status, body };
      throw errorFromResponse({ endpoint, status, body });
    },
  };
}

function send(
  http: AxiosInstance,
  request: TransportRequest,
  { headers, baseURL }: { headers: Record<string, string>; baseURL: string | undefined },
): Promise<AxiosResponse> {
  return http.request({
    method: request.method,
    ...(baseURL === undefined ? {} : { baseURL }),
    url: request.path,
    data: request.body,
    headers:
      request.body === undefined ? headers : { ...headers, 'Content-Type': 'application/json' },
  });
}

function throttleHeaders(response: AxiosResponse): ThrottleHeaders {
  return {
    requestsRemaining: headerNumber(response, BRIGHTPEARL_HEADERS.requestsRemaining),
    nextThrottlePeriodMs: headerNumber(response, BRIGHTPEARL_HEADERS.nextThrottlePeriod),
  };
}

function headerNumber(response: AxiosResponse, name: string): number | null {
  const raw: unknown = response.headers[name];
  const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
  const value = text === '' ? Number.NaN : Number(text);
  return Number.isFinite(value) && value >= 0 ? value : null;
}
