import type { AlertConfig } from './config';
import { adminLinks } from './links';
import type { Alert, AlertSnapshot } from './types';

/**
 * Held orders alert like failures (ADR 0026): when more orders wait in the Held list than at the
 * last check, unless the merchant switched it off. As with failures, the first check after a
 * start is a baseline, so a restart does not re-announce orders the merchant already heard about.
 */
export function heldOrderAlerts(
  previous: AlertSnapshot | undefined,
  current: AlertSnapshot,
  config: Pick<AlertConfig, 'adminUrl' | 'rules'>,
): Alert[] {
  if (config.rules.heldOrders === false || !previous) return [];
  const now = current.heldOrders ?? 0;
  const before = previous.heldOrders ?? 0;
  if (now <= before) return [];
  return [
    {
      kind: 'orders-held',
      severity: 'warning',
      title: `${now} order(s) held for review`,
      detail:
        `${now - before} more order(s) were held by a business rule or a check (${now} waiting). ` +
        'They are not sent to Brightpearl until someone approves them in the Held list.',
      link: adminLinks.held(config.adminUrl),
      key: 'orders-held',
    },
  ];
}
