import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';

import { BRIGHTPEARL_HEADERS } from '@bpkc/shared-types';

import type { BudgetView } from './budget';

export interface ResponseMeta {
  budget: BudgetView;
  messageType: string;
  instanceId: number;
}

/**
 * Writes a Brightpearl response: the headers that come on EVERY answer, 401/404/503 included
 * (reference §2), then the JSON body. `res.end` keeps the exact content-type spelling that
 * `res.send` would rewrite.
 */
export function writeResponse(
  res: ServerResponse,
  { status, body }: { status: number; body: unknown },
  meta: ResponseMeta,
): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json;charset=UTF-8');
  res.setHeader('message-type', meta.messageType);
  res.setHeader('ruid', randomUUID());
  res.setHeader(BRIGHTPEARL_HEADERS.instanceId, String(meta.instanceId));
  res.setHeader(BRIGHTPEARL_HEADERS.nextThrottlePeriod, String(meta.budget.nextPeriodMs));
  res.setHeader(BRIGHTPEARL_HEADERS.requestsRemaining, String(meta.budget.remaining));
  res.setHeader('cache-control', 'no-cache, must-revalidate');
  res.end(JSON.stringify(body));
}
