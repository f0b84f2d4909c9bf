import type { BrightpearlClient } from '../brightpearl';
import { countOpenDeadLettersByReason } from '../dead-letters/dead-letter-repository';
import type { ConnectionHealth, Platform } from '../observability/connection-health';
import type { Logger } from '../observability/logger';
import type { Db } from '../store';
import { heldFigures } from '../sync/orders/order-sync-held';
import { unalertedFindings } from '../sync/reconciliation/findings';
import { createLiveAlerter } from './live-alerter';
import { evaluateAlertRules } from './rules';
import type { AlertConfig } from './config';
import type { AlertSnapshot, PlatformHealth } from './types';

/** How often the rules look at the companion's state. */
const CHECK_MS = 60_000;

/**
 * Feeds the alert rules: every minute a snapshot of dead letters, both connections, the budget
 * and reconciliation findings; the alerter turns what changed into one digest per channel.
 */
export function startAlertMonitor(deps: {
  config: AlertConfig;
  db: Db;
  brightpearl: BrightpearlClient;
  health: ConnectionHealth;
  logger: Logger;
  checkMs?: number;
  /** The configuration in force at each check (stored settings over `config`, settings/). */
  readConfig?: () => Promise<AlertConfig>;
}): { check: () => Promise<void>; stop: () => Promise<void> } {
  const alerter = createLiveAlerter({
    config: deps.config,
    logger: deps.logger,
    read: deps.readConfig,
  });
  let previous: AlertSnapshot | undefined;
  let exhaustedSince: Date | null = null;
  const check = async () => {
    const config = await alerter.refresh();
    const remaining = deps.brightpearl.stats().requestsRemaining;
    exhaustedSince = remaining === 0 ? (exhaustedSince ?? new Date()) : null;
    const current: AlertSnapshot = {
      at: new Date(),
      openDeadLetters: await countOpenDeadLettersByReason(deps.db),
      brightpearl: {
        ...platform(deps.health, 'brightpearl'),
        reconnectBy: deps.health.reconnectBy('brightpearl'),
        requestsRemaining: remaining,
        exhaustedSince,
      },
      kentico: platform(deps.health, 'kentico'),
      missingOrders: (await unalertedFindings(deps.db)).map((finding) => ({
        orderGuid: finding.orderGuid,
        orderNumber: finding.orderNumber ?? '',
      })),
      heldOrders: (await heldFigures(deps.db)).held,
    };
    alerter.raise(evaluateAlertRules(previous, current, config));
    previous = current;
  };
  const timer = setInterval(() => {
    check().catch((error: unknown) => deps.logger.warn('Alert check failed', { error }));
  }, deps.checkMs ?? CHECK_MS);
  timer.unref();
  return {
    check,
    stop: async () => {
      clearInterval(timer);
      await alerter.stop();
    },
  };
}

function platform(health: ConnectionHealth, name: Platform): PlatformHealth {
  const state = health.state(name);
  return { reachable: state !== 'down', authorised: state !== 'unauthorised' };
}
