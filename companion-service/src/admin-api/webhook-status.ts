import type { ConnectionWebhooks } from '@bpkc/shared-types';

import type { RegistrationResult } from '../brightpearl/webhooks';

export interface WebhookStatusTracker {
  /** Runs one registration and remembers what it found, or that it failed (then rethrows). */
  track(run: () => Promise<RegistrationResult>): Promise<RegistrationResult>;
  snapshot(): Promise<ConnectionWebhooks>;
}

/**
 * The webhook state the connection screen shows, from the registrations the companion ran (on
 * start and on the operator's request): reading it never costs a Brightpearl call.
 * `expectedEvents` is asked on every snapshot, as a mapping change (saved by any instance) can
 * add a subscription.
 */
export function createWebhookStatusTracker(options: {
  expectedEvents: () => string[] | Promise<string[]>;
  now?: () => Date;
}): WebhookStatusTracker {
  const now = options.now ?? (() => new Date());
  let lastGood: { at: string; ids: Record<string, number> } | undefined;
  let lastFailed = false;
  return {
    async track(run) {
      try {
        const result = await run();
        lastGood = { at: now().toISOString(), ids: result.ids };
        lastFailed = false;
        return result;
      } catch (error) {
        lastFailed = true;
        throw error;
      }
    },
    async snapshot() {
      const expected = await options.expectedEvents();
      const ids = lastGood?.ids ?? {};
      const subscriptions = expected.map((event) => ({
        event,
        registered: ids[event] !== undefined,
        id: ids[event] ?? null,
      }));
      return {
        // After a failed run the subscriptions are as last known, but the state is not.
        state: !lastGood || lastFailed ? 'unknown' : stateOf(subscriptions),
        checkedAt: lastGood?.at ?? null,
        expected: expected.length,
        subscriptions,
      };
    },
  };
}

function stateOf(subscriptions: Array<{ registered: boolean }>): ConnectionWebhooks['state'] {
  const registered = subscriptions.filter((subscription) => subscription.registered).length;
  if (registered === subscriptions.length) return 'registered';
  return registered === 0 ? 'missing' : 'partial';
}
