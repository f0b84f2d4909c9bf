import type { FlowLastSuccess } from '@bpkc/shared-types';

import type { Db } from '../store';
import { lastCustomerSyncAt } from './customers/customer-reports';
import { lastShipmentRecordedAt } from './fulfilment/shipment-reports';
import { type OrderFigures, readOrderFigures } from './orders/order-sync-figures';
import { lastPaymentRecordedAt } from './payments/payment-reports';
import { lastCreditFromBrightpearlAt, lastRefundSyncedAt } from './refunds/refund-reports';
import { lastStatusSyncAt } from './status/status-reports';
import { lastFullCompare, lastStockPushAt } from './stock/stock-reports';

type DbTime = Date | string;

export interface FlowFigures {
  lastSuccess: Record<keyof FlowLastSuccess, DbTime | null>;
  orders: OrderFigures;
}

/** Each flow's last success and the order figures, asked of the flows owning the tables (ADR 0012). */
export async function readFlowFigures(db: Db): Promise<FlowFigures> {
  const orders = await readOrderFigures(db);
  const lastSuccess = {
    orders: orders.lastSyncedAt,
    orderWriteBack: orders.lastWrittenBackAt,
    stockPush: await lastStockPushAt(db),
    stockFullCompare: (await lastFullCompare(db))?.finishedAt ?? null,
    shipments: await lastShipmentRecordedAt(db),
    payments: await lastPaymentRecordedAt(db),
    refunds: await lastRefundSyncedAt(db),
    creditsFromBrightpearl: await lastCreditFromBrightpearlAt(db),
    orderStatus: await lastStatusSyncAt(db),
    customers: await lastCustomerSyncAt(db),
  };
  return { lastSuccess, orders };
}
