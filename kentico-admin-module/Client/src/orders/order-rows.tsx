import type { OrderSummary } from '@bpkc/shared-types';
import { ColumnContentType, type TableRow } from '@kentico/xperience-admin-components';

import { formatAge } from '../shared/format';
import { actionCell, column, componentCell, textCell, withColumnNames } from '../shared/table';
import { BrightpearlOrderLink, OrderState } from './OrderState';

export const ORDER_COLUMNS = [
  column('number', 'Order'),
  column('brightpearl', 'Brightpearl order', { contentType: ColumnContentType.Component }),
  column('state', 'Sync state', { contentType: ColumnContentType.Component }),
  column('attempts', 'Attempts', { minWidth: 8, maxWidth: 12 }),
  column('lastAttempt', 'Last attempt'),
  column('error', 'Last error', { minWidth: 20 }),
  column('actions', 'Actions', {
    contentType: ColumnContentType.Action,
    minWidth: 10,
    maxWidth: 16,
  }),
];

/** Table rows of the order list; the actions open the timeline or ask to resend. */
export function orderRows(
  orders: OrderSummary[],
  options: { canEdit: boolean; onAction: (order: OrderSummary, action: string) => void },
): TableRow[] {
  return orders.map((order) => ({
    identifier: order.orderGuid,
    disabled: false,
    cells: withColumnNames(ORDER_COLUMNS, [
      textCell(order.orderNumber ?? order.orderGuid, order.customerEmail ?? undefined),
      componentCell(() => <BrightpearlOrderLink order={order} />),
      componentCell(() => <OrderState order={order} />),
      textCell(String(order.attempts)),
      textCell(formatAge(order.syncedAt ?? order.receivedAt)),
      textCell(order.lastError ?? ''),
      actionCell(
        [
          { id: 'timeline', label: 'Timeline', icon: 'xp-clock' },
          { id: 'resend', label: 'Resend', icon: 'xp-rotate-right', disabled: !options.canEdit },
        ],
        (action) => options.onAction(order, action),
      ),
    ]),
  }));
}
