import type { Check } from './check';
import { findEarlierTwin } from './order-history';

const minutesApart = (a: Date, b: Date) => Math.round(Math.abs(a.getTime() - b.getTime()) / 60_000);

/**
 * Same customer e-mail (compared by hash) and same basket (SKUs and quantities) as another order
 * placed within `windowMinutes`. Only the later-seen order of such a pair is reported, so the
 * merchant reviews the likely repeat and the first order goes through.
 */
export const checkDuplicate: Check = async ({ db, order, config }) => {
  const twin = await findEarlierTwin(db, order, config.duplicate.windowMinutes);
  if (!twin) return [];
  const minutes = minutesApart(twin.placedAt, new Date(order.OrderCreatedWhen));
  const apart =
    minutes === 0
      ? 'less than a minute apart'
      : `${minutes} minute${minutes === 1 ? '' : 's'} apart`;
  return [
    {
      reason: `Looks like a repeat of order ${twin.orderNumber}: same customer e-mail and same items, placed ${apart}`,
      field: 'OrderNumber',
    },
  ];
};
