import type { SyncStatus } from '@bpkc/shared-types';

/** One line a human can read while orders flow: placed / synced / failed / calls used. */
export function progressLine(
  { placed, stockPushes }: { placed: number; stockPushes: number },
  status: SyncStatus,
): string {
  const deadLetters = Object.entries(status.deadLetters)
    .map(([reason, count]) => `${reason}:${count}`)
    .join(' ');
  const remaining = status.brightpearl.requestsRemaining ?? '-';
  return [
    `placed ${placed}`,
    `synced ${status.orders.synced}`,
    `pending ${status.orders.pending}`,
    `failed ${status.orders.failed}${deadLetters ? ` (${deadLetters})` : ''}`,
    `catalog ${status.catalog.import?.imported ?? 0} (${status.catalog.import?.status ?? 'not started'})`,
    `stock pushes ${stockPushes}`,
    `Brightpearl calls ${status.brightpearl.callsMade} (left this minute: ${remaining}, throttled: ${status.brightpearl.throttled})`,
  ].join(' | ');
}
