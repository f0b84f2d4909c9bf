import type { KenticoOrder, MappingIssue } from '@bpkc/shared-types';

import { PermanentError } from '../dead-letters/permanent-error';
import { assertAccountHasOrderReferences, orderReferencePaths } from './order-references';
import { testMapping } from './test-mappings';

const order = {
  OrderStatusName: 'Pending',
  OrderShippingMethodName: 'Standard',
  Items: [{ OrderItemTaxRate: 20 }, { OrderItemTaxRate: 0 }],
} as unknown as KenticoOrder;

describe('an order against the mapping check', () => {
  const mapping = { ...testMapping(), taxCodes: { '20': 'T20', '5': 'T5', '0': 'Z' } };

  it('names the paths its sales order would carry: its status, method and rates only', () => {
    expect(orderReferencePaths(order, mapping)).toEqual([
      'brightpearl.channelId',
      'brightpearl.warehouseId',
      'brightpearl.priceListId',
      'brightpearl.priceMode',
      'brightpearl.salesNominalCode',
      'brightpearl.shippingNominalCode',
      'orderStatuses.Pending',
      'shippingMethods.Standard',
      // Integer-like keys come first in an object: the order of the mapping's own keys.
      'taxCodes.0',
      'taxCodes.20',
    ]);
  });

  it('is a permanent invalid-mapping failure naming each field the account lacks', () => {
    const found: MappingIssue[] = [
      {
        path: 'brightpearl.priceListId',
        message: 'price list 7 does not exist',
        severity: 'error',
      },
    ];
    const asked: Array<[number, readonly string[]]> = [];
    const check = { errorsAt: (v: number, p: readonly string[]) => (asked.push([v, p]), found) };
    let thrown: unknown;
    try {
      assertAccountHasOrderReferences(check, { order, mapping, mappingVersion: 4 });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(PermanentError);
    expect(thrown).toMatchObject({
      reason: 'invalid-mapping',
      retryable: false,
      message:
        'the mapping does not fit the Brightpearl account: brightpearl.priceListId: price list 7 does not exist',
      details: { fields: ['brightpearl.priceListId'] },
    });
    expect(asked[0]![0]).toBe(4);
    const none = { errorsAt: () => [] };
    expect(() =>
      assertAccountHasOrderReferences(none, { order, mapping, mappingVersion: 4 }),
    ).not.toThrow();
    expect(() =>
      assertAccountHasOrderReferences(undefined, { order, mapping, mappingVersion: 4 }),
    ).not.toThrow();
  });
});
