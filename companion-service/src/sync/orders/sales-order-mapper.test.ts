import {
  type BrightpearlContactId,
  type BrightpearlProductId,
  type KenticoOrder,
  KenticoOrder as OrderSchema,
  MappingConfig,
} from '@bpkc/shared-types';

import { PermanentSyncError } from './mapping-failure';
import { assertOrderIsMappable, toSalesOrder } from './sales-order-mapper';

const mapping = MappingConfig.parse({
  version: 1,
  brightpearl: { channelId: 1, warehouseId: 2, priceListId: 1, installedIntegrationInstanceId: 11 },
  orderStatuses: { Pending: 3 },
  shippingMethods: { DpdNextDay: 2 },
  taxCodes: { '20': 'T20', '5': 'T5', '0': 'Z' },
  currencies: ['GBP'],
});

const address = (type: string, line1 = '1 High St') => ({
  OrderAddressType: type,
  OrderAddressFirstName: 'Ann',
  OrderAddressLastName: 'Lee',
  OrderAddressCompany: null,
  OrderAddressEmail: 'ann@example.com',
  OrderAddressPhone: null,
  OrderAddressLine1: line1,
  OrderAddressLine2: null,
  OrderAddressCity: 'Leeds',
  OrderAddressZip: 'LS1 1AA',
  OrderAddressCountryID: 1,
  OrderAddressStateID: null,
  OrderAddressCountryThreeLetterCode: 'GBR',
  OrderAddressStateName: null,
});

// 2 × 10.00 at 20 % + 1 × 3.33 at 5 %, shipping 5.00 + 1.00 tax: grand total 33.50 (rounded row tax 0.17).
const order = (overrides: Partial<KenticoOrder> = {}): KenticoOrder =>
  OrderSchema.parse({
    OrderID: 1,
    OrderGUID: '8f2c5b7e-0d7a-4e4f-9a55-3c2b1a0f9e11',
    OrderNumber: 'ORD#000001',
    OrderCreatedWhen: '2026-11-27T10:00:00+00:00',
    OrderModifiedWhen: '2026-11-27T10:00:00+00:00',
    OrderOrderStatusID: 1,
    OrderStatusName: 'Pending',
    OrderTotalPrice: 23.33,
    OrderTotalShipping: 5,
    OrderTotalTax: 5.17,
    OrderGrandTotal: 33.5,
    OrderPaymentMethodID: 1,
    OrderPaymentMethodDisplayName: 'Card',
    OrderPaymentMethodName: 'Card',
    OrderShippingMethodID: 2,
    OrderShippingMethodDisplayName: 'DPD Next Day',
    OrderShippingMethodName: 'DpdNextDay',
    OrderShippingMethodPrice: 5,
    BpcCurrencyCode: 'GBP',
    BpcBrightpearlOrderID: null,
    Customer: {
      CustomerID: 1,
      CustomerGUID: '5b0c1d3e-2f4a-4b6c-8d9e-0a1b2c3d4e5f',
      CustomerMemberID: null,
      CustomerFirstName: 'Ann',
      CustomerLastName: 'Lee',
      CustomerEmail: 'ann@example.com',
      CustomerPhone: null,
      CustomerCreatedWhen: '2026-11-27T10:00:00+00:00',
    },
    Items: [
      {
        OrderItemID: 1,
        OrderItemGUID: 'a1a1a1a1-0000-4000-8000-000000000001',
        OrderItemSKU: 'A',
        OrderItemName: 'Mug',
        OrderItemQuantity: 2,
        OrderItemUnitPrice: 10,
        OrderItemTotalPrice: 20,
        OrderItemTotalTax: 4,
        OrderItemTaxRate: 20,
      },
      {
        OrderItemID: 2,
        OrderItemGUID: 'a1a1a1a1-0000-4000-8000-000000000002',
        OrderItemSKU: 'B',
        OrderItemName: 'Book',
        OrderItemQuantity: 1,
        OrderItemUnitPrice: 3.33,
        OrderItemTotalPrice: 3.33,
        OrderItemTotalTax: 0.17,
        OrderItemTaxRate: 5,
      },
    ],
    Addresses: [address('Billing'), address('Shipping', '9 Dock Rd')],
    ...overrides,
  });

const parties = {
  contactId: 201 as BrightpearlContactId,
  productIds: new Map([
    ['A', 1002 as BrightpearlProductId],
    ['B', 1003 as BrightpearlProductId],
  ]),
};

const reasonOf = (run: () => void) => {
  try {
    run();
  } catch (error) {
    return error instanceof PermanentSyncError ? error.reason : String(error);
  }
  return 'no error';
};

describe('Kentico order → sales order body', () => {
  it('maps rows, shipping, parties, mapping values and the externalRef', () => {
    const body = toSalesOrder(order(), mapping, parties);
    expect(body).toMatchObject({
      customer: {
        id: 201,
        address: { addressLine1: '1 High St', addressLine3: 'Leeds', countryIsoCode: 'GBR' },
      },
      ref: 'ORD#000001',
      statusId: 3,
      channelId: 1,
      warehouseId: 2,
      priceListId: 1,
      priceModeCode: 'EXC',
      externalRef: '8f2c5b7e-0d7a-4e4f-9a55-3c2b1a0f9e11',
      installedIntegrationInstanceId: 11,
      currency: { code: 'GBP' },
      delivery: {
        shippingMethodId: 2,
        address: { addressLine1: '9 Dock Rd', addressFullName: 'Ann Lee' },
      },
    });
    expect(body.rows).toEqual([
      {
        productId: 1002,
        name: 'Mug',
        quantity: '2',
        taxCode: 'T20',
        net: '20.00',
        tax: '4.00',
        nominalCode: '4000',
        externalRef: 'a1a1a1a1-0000-4000-8000-000000000001',
      },
      {
        productId: 1003,
        name: 'Book',
        quantity: '1',
        taxCode: 'T5',
        net: '3.33',
        tax: '0.17',
        nominalCode: '4000',
        externalRef: 'a1a1a1a1-0000-4000-8000-000000000002',
      },
      {
        name: 'Shipping: DPD Next Day',
        quantity: '1',
        taxCode: 'T20',
        net: '5.00',
        tax: '1.00',
        nominalCode: '4040',
      },
    ]);
  });

  it('absorbs a one-penny difference in an explicit rounding row', () => {
    const body = toSalesOrder(order({ OrderGrandTotal: 33.51 }), mapping, parties);
    expect(body.rows.at(-1)).toEqual({
      name: 'Rounding adjustment',
      quantity: '1',
      taxCode: 'Z',
      net: '0.01',
      tax: '0.00',
      nominalCode: '4000',
    });
  });

  it('refuses a larger difference and every unmapped value with its reason', () => {
    expect(reasonOf(() => toSalesOrder(order({ OrderGrandTotal: 40 }), mapping, parties))).toBe(
      'invalid-order',
    );
    expect(
      reasonOf(() => assertOrderIsMappable(order({ OrderShippingMethodName: 'Pigeon' }), mapping)),
    ).toBe('unmapped-shipping-method');
    expect(reasonOf(() => assertOrderIsMappable(order({ OrderStatusName: 'Odd' }), mapping))).toBe(
      'unmapped-order-status',
    );
    expect(reasonOf(() => assertOrderIsMappable(order({ BpcCurrencyCode: 'USD' }), mapping))).toBe(
      'unsupported-currency',
    );
    const noLine = order({ Addresses: [address('Billing', ' ')] });
    expect(reasonOf(() => assertOrderIsMappable(noLine, mapping))).toBe('invalid-address');
    expect(reasonOf(() => assertOrderIsMappable(order(), mapping))).toBe('no error');
  });
});
