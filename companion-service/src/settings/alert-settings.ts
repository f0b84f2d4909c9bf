import type { IntegrationSettings } from '@bpkc/shared-types';

import type { AlertConfig } from '../alerts';

/**
 * The alert configuration in force: the environment's channels and secrets (SMTP server and
 * password, Slack and Teams URLs) with the admin's stored settings laid over them. An absent
 * setting keeps the environment's value, so existing deployments behave as before.
 */
export function effectiveAlertConfig(
  base: AlertConfig,
  settings: IntegrationSettings | undefined,
): AlertConfig {
  const alerts = settings?.alerts;
  return {
    ...base,
    digestSeconds: alerts?.digestSeconds ?? base.digestSeconds,
    email: base.email && { ...base.email, to: alerts?.emailTo ?? base.email.to },
    rules: {
      ...base.rules,
      deadLetterGrowth: alerts?.deadLetterGrowth ?? base.rules.deadLetterGrowth,
      budgetExhaustedMinutes: alerts?.budgetExhaustedMinutes ?? base.rules.budgetExhaustedMinutes,
      // Held orders alert like failures unless switched off in the settings (the gate's rule).
      heldOrders: alerts?.heldOrders ?? base.rules.heldOrders,
    },
  };
}
