import type { ChecksConfig, KenticoOrder } from '@bpkc/shared-types';

import type { Db } from '../../../store';
import type { HistoryFigures } from './order-history';

/** What a check found, before the runner stamps it with the check's name and mode. */
export interface Problem {
  /** Plain words naming the value and what is wrong with it. */
  reason: string;
  /** The order field path, e.g. "Addresses.Shipping.OrderAddressZip". */
  field?: string;
}

export interface CheckContext {
  db: Db;
  order: KenticoOrder;
  config: ChecksConfig;
  /** This store's recent orders in the order's currency, read once and only when asked for. */
  recentOrders: () => Promise<HistoryFigures[]>;
}

export type Check = (context: CheckContext) => Problem[] | Promise<Problem[]>;
