import { MappingConfig } from '@bpkc/shared-types';

import type { Db } from '../store';

/** Tests: a small valid mapping; `shippingMethods` varies so versions can be told apart. */
export function testMapping(shippingMethods: Record<string, number> = { Standard: 1 }) {
  return MappingConfig.parse({
    version: 1,
    brightpearl: { channelId: 1, warehouseId: 2, priceListId: 1 },
    orderStatuses: { Pending: 3 },
    shippingMethods,
    taxCodes: { '20': 'T20' },
    currencies: ['GBP'],
  });
}

/**
 * Tests: the payment and refund flows: the smallest mapping they accept (GBP, one card
 * method, one status, one shipping method). Tax codes vary by suite: refunds of zero-rated rows
 * need '0'.
 */
export function moneyTestMapping(
  taxCodes: Record<string, string> = { '20': 'T20' },
): MappingConfig {
  return MappingConfig.parse({
    version: 1,
    brightpearl: {
      channelId: 1,
      warehouseId: 2,
      priceListId: 1,
      installedIntegrationInstanceId: 11,
    },
    orderStatuses: { Pending: 3 },
    shippingMethods: { DpdNextDay: 2 },
    taxCodes,
    currencies: ['GBP'],
    payments: { methods: { Card: 'CARD' } },
  });
}

/** Tests: a Db that records each statement it runs (to count what a call costs). */
export function countingDb(db: Db): Db & { statements: string[] } {
  const statements: string[] = [];
  const counted: Db & { statements: string[] } = {
    statements,
    query: (sql, params) => (statements.push(sql), db.query(sql, params)),
    transaction: (work) => db.transaction(work),
  };
  return counted;
}
