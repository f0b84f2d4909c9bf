import type { Request, RequestHandler, Response } from 'express';

import { THROTTLE_MESSAGE } from '@bpkc/shared-types';

import { authenticate } from './auth';
import type { BudgetView, RequestBudget } from './budget';
import { dispatch, parseJsonText, splitUri } from './dispatch';
import { notFound } from './errors';
import type { OAuthRegistry } from './oauth/oauth-registry';
import type { EmitEvent } from './events';
import { writeResponse } from './headers';
import type { SimulatorConfig } from './options';
import type { RequestLog } from './request-log';
import { endpointName, findRoute } from './route';
import type { Route, RouteResult } from './route';
import type { SimulatorState } from './state';

export interface PipelineDeps {
  config: SimulatorConfig;
  budget: RequestBudget;
  log: RequestLog;
  state: SimulatorState;
  routes: readonly Route[];
  emit: EmitEvent;
  /** Access tokens the OAuth host issued (accepted until they expire). */
  oauth?: OAuthRegistry;
}

/** Message type on answers the gateway gives before reaching a service (auth failures...). */
const GATEWAY_MESSAGE_TYPE = 'api-proxy';

interface Outcome {
  result: RouteResult;
  budget: BudgetView;
  messageType: string;
  throttled?: boolean;
}

/**
 * Handles everything under `/public-api/:account`, in the gateway's order: account, request
 * cap (a 503 is neither executed nor counted), authentication (failures DO count, they reached
 * Brightpearl), then the endpoint. Every answer is logged.
 */
export function createPipeline(deps: PipelineDeps): RequestHandler {
  return (req: Request, res: Response) => {
    const at = deps.config.clock();
    const { path, query } = splitUri(req.url);
    const match = findRoute(deps.routes, req.method, path);
    const outcome = handle(deps, { req, path, query, messageType: match?.route.messageType });
    writeResponse(res, outcome.result, {
      ...outcome,
      instanceId: deps.config.installedIntegrationInstanceId,
    });
    deps.log.record({
      at,
      method: req.method,
      endpoint: match ? endpointName(match.route) : `${req.method} ${path}`,
      status: outcome.result.status,
      throttled: outcome.throttled === true,
    });
  };
}

interface Incoming {
  req: Request;
  path: string;
  query: Record<string, string>;
  messageType: string | undefined;
}

function handle(deps: PipelineDeps, { req, path, query, messageType }: Incoming): Outcome {
  const { config } = deps;
  if (req.params['account'] !== config.accountCode) {
    // Exact body for an unknown account is UNCONFIRMED (reference §13).
    const error = notFound(`Account ${req.params['account'] ?? ''} not found`);
    const budget = { remaining: config.limits.cap, nextPeriodMs: config.limits.windowMs };
    return {
      result: { status: 404, body: { errors: error.errors } },
      budget,
      messageType: GATEWAY_MESSAGE_TYPE,
    };
  }
  const decision = deps.budget.take();
  if (!decision.allowed) {
    const result = { status: 503, body: { response: THROTTLE_MESSAGE } };
    return {
      result,
      budget: decision,
      messageType: messageType ?? GATEWAY_MESSAGE_TYPE,
      throttled: true,
    };
  }
  const auth = authenticate(req.headers, config, deps.oauth);
  if (!auth.ok) {
    // A STRING response, not an errors array (reference §1.3, [REC]).
    const result = { status: 401, body: { response: auth.message } };
    return { result, budget: decision, messageType: GATEWAY_MESSAGE_TYPE };
  }
  const request = {
    method: req.method,
    path,
    query,
    body: parseJsonText(req.body),
    headers: singleValued(req.headers),
  };
  const environment = { state: deps.state, now: () => new Date(config.clock()), emit: deps.emit };
  const { route, result } = dispatch(deps.routes, request, environment);
  return { result, budget: decision, messageType: route?.messageType ?? GATEWAY_MESSAGE_TYPE };
}

/** Node gives repeated headers as arrays; handlers see them comma-joined, as HTTP allows. */
function singleValued(headers: Request['headers']): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [
      name,
      Array.isArray(value) ? value.join(',') : value,
    ]),
  );
}
