import { DeadLetterReason } from '@bpkc/shared-types';

import { fixHintOf } from '../dead-letters/fix-hints';
import type { AlertConfig } from './config';
import { heldOrderAlerts } from './held-orders-rule';
import { adminLinks } from './links';
import type { Alert, AlertSnapshot, PlatformHealth } from './types';

type RuleConfig = Pick<AlertConfig, 'adminUrl' | 'rules'>;
type Platform = 'brightpearl' | 'kentico';

const PLATFORM_NAMES: Record<Platform, string> = { brightpearl: 'Brightpearl', kentico: 'Kentico' };

/**
 * Compares two checks and says what the merchant must hear about. Pure: the caller keeps the
 * previous snapshot. Only changes raise alerts (growth, a connection going down, a budget crossing
 * its limit), so an unchanged problem is not repeated at every check.
 */
export function evaluateAlertRules(
  previous: AlertSnapshot | undefined,
  current: AlertSnapshot,
  config: RuleConfig,
): Alert[] {
  return [
    ...connectionAlerts(previous, current, config.adminUrl),
    ...expiringAlerts(previous, current, config.adminUrl),
    ...current.missingOrders.map((order) => missingOrderAlert(order, config.adminUrl)),
    ...budgetAlerts(previous, current, config),
    ...deadLetterAlerts(previous, current, config),
    ...heldOrderAlerts(previous, current, config),
  ];
}

/** The failure screen's own advice for the reason (dead-letters/fix-hints.ts). */
function howToFix(reason: string): string {
  const known = DeadLetterReason.safeParse(reason);
  if (!known.success) return 'Fix the cause, then resend them from the failures screen.';
  return `${fixHintOf({ reason: known.data, payload: null, flow: 'order' }, null).howToFix} The failures screen links to where it is fixed.`;
}

function deadLetterAlerts(
  previous: AlertSnapshot | undefined,
  current: AlertSnapshot,
  config: RuleConfig,
): Alert[] {
  // No previous check (just started): the counts are a baseline, not growth. Otherwise every
  // restart would re-announce failures the merchant already heard about.
  if (!previous) return [];
  return Object.entries(current.openDeadLetters).flatMap(([reason, count]) => {
    const before = previous.openDeadLetters[reason] ?? 0;
    if (count - before < config.rules.deadLetterGrowth) return [];
    return [
      {
        kind: 'dead-letters' as const,
        severity: 'warning' as const,
        title: `${count - before} new failure(s): ${reason}`,
        detail:
          `Open failures with reason "${reason}" grew from ${before} to ${count}. ` +
          howToFix(reason),
        link: adminLinks.failures(config.adminUrl, reason),
        key: `dead-letters:${reason}`,
      },
    ];
  });
}

type ConnectionState = 'up' | 'down' | 'unauthorised';

/** Unreachable wins: whether credentials work cannot be known without an answer. */
function stateOf(health: PlatformHealth | undefined): ConnectionState {
  if (!health) return 'up';
  if (!health.reachable) return 'down';
  return health.authorised ? 'up' : 'unauthorised';
}

function connectionAlerts(
  previous: AlertSnapshot | undefined,
  current: AlertSnapshot,
  adminUrl: string,
): Alert[] {
  const platforms: Platform[] = ['brightpearl', 'kentico'];
  return platforms.flatMap((platform) => {
    // No previous check counts as "up": a connection already down at start-up is news.
    const before = stateOf(previous?.[platform]);
    const now = stateOf(current[platform]);
    if (now === 'up' || now === before) return [];
    return [connectionAlert(platform, now, adminUrl)];
  });
}

function connectionAlert(platform: Platform, state: 'down' | 'unauthorised', adminUrl: string) {
  const name = PLATFORM_NAMES[platform];
  const down = state === 'down';
  return {
    kind: down ? ('connection-down' as const) : ('connection-unauthorised' as const),
    severity: 'critical' as const,
    title: down ? `${name} cannot be reached` : `${name} refused the connection's credentials`,
    detail: down
      ? `The companion cannot reach ${name}. Changes are queued and sync once it answers again.`
      : `${name} no longer accepts the companion's credentials. Sync is paused until you ` +
        'reconnect on the connection screen.',
    link: adminLinks.connection(adminUrl),
    key: `${down ? 'connection-down' : 'connection-unauthorised'}:${platform}`,
  };
}

/**
 * Brightpearl's authorisation can no longer be renewed (a refresh did not extend the token's
 * life): sync goes on until `reconnectBy`, then stops. Said once, while there is time to act.
 */
function expiringAlerts(
  previous: AlertSnapshot | undefined,
  current: AlertSnapshot,
  adminUrl: string,
): Alert[] {
  const endsAt = current.brightpearl.reconnectBy;
  if (!endsAt || previous?.brightpearl.reconnectBy?.getTime() === endsAt.getTime()) return [];
  return [
    {
      kind: 'connection-expiring',
      severity: 'critical',
      title: 'Brightpearl needs reconnecting',
      detail:
        `Brightpearl's authorisation ends at ${endsAt.toISOString()} and cannot be renewed ` +
        'automatically. Reconnect on the connection screen before then, or sync stops.',
      link: adminLinks.connection(adminUrl),
      key: 'connection-expiring:brightpearl',
    },
  ];
}

function missingOrderAlert(order: AlertSnapshot['missingOrders'][number], adminUrl: string): Alert {
  return {
    kind: 'order-missing',
    severity: 'critical',
    title: `Order ${order.orderNumber} is missing in Brightpearl`,
    detail:
      `Reconciliation found Kentico order ${order.orderNumber} without a Brightpearl sales ` +
      'order. Open it to see its sync history and resend it.',
    link: adminLinks.order(adminUrl, order.orderGuid),
    key: `order-missing:${order.orderGuid}`,
  };
}

function budgetAlerts(
  previous: AlertSnapshot | undefined,
  current: AlertSnapshot,
  config: RuleConfig,
): Alert[] {
  const since = current.brightpearl.exhaustedSince;
  const limitMs = config.rules.budgetExhaustedMinutes * 60_000;
  if (!since || exhaustedMs(current) < limitMs) return [];
  // Alert once per episode: when it crosses the limit, not at every later check.
  const sameEpisode = previous?.brightpearl.exhaustedSince?.getTime() === since.getTime();
  if (previous && sameEpisode && exhaustedMs(previous) >= limitMs) return [];
  const minutes = Math.floor(exhaustedMs(current) / 60_000);
  return [
    {
      kind: 'budget-exhausted',
      severity: 'warning',
      title: `Brightpearl request budget used up for ${minutes} minute(s)`,
      detail:
        `Brightpearl has throttled the companion since ${since.toISOString()}. The 200 requests ` +
        'a minute are shared with every app on the account; check what else is calling it. ' +
        'Sync is delayed, not lost.',
      link: adminLinks.dashboard(config.adminUrl),
      key: 'budget-exhausted',
    },
  ];
}

function exhaustedMs(snapshot: AlertSnapshot): number {
  const since = snapshot.brightpearl.exhaustedSince;
  return since ? snapshot.at.getTime() - since.getTime() : 0;
}
