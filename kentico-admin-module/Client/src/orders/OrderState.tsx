import type { OrderSummary } from '@bpkc/shared-types';
import {
  Link,
  SimpleStatusDefault,
  SimpleStatusError,
  SimpleStatusSuccess,
  SimpleStatusWarning,
} from '@kentico/xperience-admin-components';

export const STATE_LABELS: Record<OrderSummary['state'], string> = {
  pending: 'Waiting',
  syncing: 'Sending',
  synced: 'In Brightpearl',
  'dead-lettered': 'Failed',
  held: 'Held for review',
  rejected: 'Rejected',
  skipped: 'Skipped by a rule',
};

/** The order's sync state as Kentico's status component. */
export function OrderState({ order }: { order: Pick<OrderSummary, 'state' | 'lastError'> }) {
  const label = STATE_LABELS[order.state];
  const tooltipText = order.lastError ?? label;
  if (order.state === 'synced') {
    return <SimpleStatusSuccess content={{ label, iconName: 'xp-check-circle', tooltipText }} />;
  }
  if (order.state === 'dead-lettered')
    return <SimpleStatusError content={{ label, tooltipText }} />;
  if (order.state === 'syncing') {
    return <SimpleStatusWarning content={{ label, iconName: 'xp-clock', tooltipText }} />;
  }
  return <SimpleStatusDefault content={{ label, iconName: 'xp-clock', tooltipText }} />;
}

/** "Brightpearl order 1234" linking to the order in Brightpearl (new tab), or a dash. */
export function BrightpearlOrderLink({
  order,
}: {
  order: Pick<OrderSummary, 'brightpearlOrderId' | 'brightpearlOrderUrl'>;
}) {
  if (order.brightpearlOrderId === null) return <span>—</span>;
  const text = String(order.brightpearlOrderId);
  if (!order.brightpearlOrderUrl) return <span>{text}</span>;
  return <Link href={order.brightpearlOrderUrl} text={text} target="_blank" />;
}
