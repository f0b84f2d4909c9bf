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
