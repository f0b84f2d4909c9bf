import { THROTTLE_MESSAGE } from '@bpkc/shared-types';

import { createFaultInjector, type FaultCounters, type FaultInjector } from '../faults';
import type { RequestBudget } from './budget';
import { ERROR_CODES } from './errors';
import { writeResponse } from './headers';
import type { SimulatorConfig } from './options';
import type { WebhookLog } from './webhooks/webhook-log';

/** Injected faults plus the webhook deliveries the engine dropped (setWebhookDropRate). */
export type BrightpearlFaultCounters = FaultCounters & { webhooksDropped: number };

/**
 * Next-period value on an injected throttle. Such a 503 stands for other apps on the account
 * spending the budget near the end of a period: a short wait, so the run tests the client's
 * handling of a throttle without stalling it for a whole minute each time.
 */
const INJECTED_THROTTLE_WAIT_MS = 1000;

/** The fault injector of the Brightpearl simulator, answering in Brightpearl's own shapes. */
export function createBrightpearlFaults(deps: {
  config: SimulatorConfig;
  budget: RequestBudget;
}): FaultInjector {
  const { config, budget } = deps;
  const meta = (remaining?: number) => ({
    budget:
      remaining === undefined
        ? budget.peek()
        : { remaining, nextPeriodMs: INJECTED_THROTTLE_WAIT_MS },
    messageType: 'api-proxy',
    instanceId: config.installedIntegrationInstanceId,
  });
  return createFaultInjector({
    // Its own stream, apart from the webhook drops, so changing one never shifts the other.
    seed: config.webhooks.seed + 0x5eed,
    responses: {
      throttle: (res) =>
        writeResponse(res, { status: 503, body: { response: THROTTLE_MESSAGE } }, meta(0)),
      serverError: (res) => {
        const errors = [{ code: ERROR_CODES.internal, message: 'Internal Server Error' }];
        writeResponse(res, { status: 500, body: { errors } }, meta());
      },
    },
  });
}

export const countDroppedWebhooks = (log: WebhookLog): number =>
  log.entries().filter((entry) => entry.status === 'dropped').length;
