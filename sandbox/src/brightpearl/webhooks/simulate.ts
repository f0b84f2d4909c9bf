import { parseIdSet } from '@bpkc/shared-types';
import { z } from 'zod';

import { BrightpearlError, ERROR_CODES, parseBody } from '../errors';
import type { RouteContext } from '../route';
import { BRIGHTPEARL_VERSION } from './render';
import type { TemplateVars } from './render';
import type { StoredWebhook } from './webhook-types';
import { findWebhook } from './webhook-store';

/** Keys are the placeholders themselves: `{"${resource-id}": "1-5,99"}` (reference §10.1). */
const SimulateBody = z.object({ testData: z.record(z.string(), z.string()).optional() });

/** The docs allow at most 10 ids in a simulated `${resource-id}` (reference §10.1). */
const MAX_SIMULATED_IDS = 10;

export interface SimulateTarget {
  simulate(webhook: StoredWebhook, vars: TemplateVars): void;
}

/**
 * POST /integration-service/webhook/{id}/simulate (reference §10.1): one callback rendered from
 * testData, sent at once. Variables not given default to the webhook's own event. The response
 * body is UNCONFIRMED; we answer `{}` like other actions, without waiting for the callback.
 */
export function simulateWebhook(
  context: RouteContext,
  target: SimulateTarget,
  accountCode: string,
): void {
  const webhook = findWebhook(context, context.params['id'] ?? '');
  const { testData = {} } = parseBody(SimulateBody, context.body, ERROR_CODES.webhookValidation);
  const given = Object.fromEntries(
    Object.entries(testData).map(([key, value]) => [key.replace(/^\$\{(.*)\}$/, '$1'), value]),
  );
  const vars = { ...defaults(webhook, { accountCode, now: context.now() }), ...given };
  checkIds(vars['resource-id'] ?? '');
  if (!('full-event' in given)) vars['full-event'] = fullEventOf(vars);
  target.simulate(webhook, vars);
}

function defaults(
  webhook: StoredWebhook,
  { accountCode, now }: { accountCode: string; now: Date },
): TemplateVars {
  const [resourceType = '', lifecycleEvent = 'modified', specifier = ''] =
    webhook.subscribeTo.split('.');
  return {
    'account-code': accountCode,
    'resource-type': resourceType,
    'resource-id': '1',
    'lifecycle-event': lifecycleEvent,
    'resource-specifier': specifier,
    'raised-on': now.toISOString(),
    'brightpearl-version': BRIGHTPEARL_VERSION,
  };
}

const fullEventOf = (vars: TemplateVars): string =>
  [vars['resource-type'], vars['lifecycle-event'], vars['resource-specifier']]
    .filter((part) => part !== undefined && part !== '')
    .join('.');

function checkIds(idSet: string): void {
  try {
    parseIdSet(idSet, MAX_SIMULATED_IDS);
  } catch {
    const message = `testData.\${resource-id}: "${idSet}" must be an id set of at most ${MAX_SIMULATED_IDS} ids`;
    throw BrightpearlError.of(400, ERROR_CODES.webhookValidation, message);
  }
}
