import {
  type BrightpearlContactId,
  type BrightpearlProductId,
  type KenticoOrder,
  MappingConfig,
} from '@bpkc/shared-types';

import { SAMPLE_ORDER } from '../../shaping';
import { PermanentSyncError } from './mapping-failure';
import { toSalesOrder } from './sales-order-mapper';
import { shapeSalesOrder } from './shaped-sales-order';

const base = {
  version: 1,
  brightpearl: { channelId: 1, warehouseId: 2, priceListId: 1 },
  orderStatuses: { New: 3 },
  shippingMethods: { standard: 4 },
  taxCodes: { '20': 'T20' },
  currencies: ['GBP', 'EUR'],
};
const mappingWith = (extra: object = {}) => MappingConfig.parse({ ...base, ...extra });
const parties = {
  contactId: 200 as BrightpearlContactId,
  productIds: new Map([['SKU-RED-M', 1001 as BrightpearlProductId]]),
};
const germanOrder: KenticoOrder = {
  ...SAMPLE_ORDER,
  BpcCurrencyCode: 'EUR',
  Addresses: SAMPLE_ORDER.Addresses.map((address) =>
    address.OrderAddressType === 'Shipping'
      ? { ...address, OrderAddressCountryThreeLetterCode: 'DEU', OrderAddressZip: '10115' }
      : address,
  ),
};

describe('shapeSalesOrder', () => {
  it('sends exactly today\u2019s body with no transforms and no gate', async () => {
    const mapping = mappingWith();
    const shaped = await shapeSalesOrder(SAMPLE_ORDER, mapping, parties);
    expect(shaped.body).toStrictEqual(toSalesOrder(SAMPLE_ORDER, mapping, parties));
    expect(shaped.followUps).toEqual({ note: null, customFields: {} });
  });

  it('applies header, row and follow-up transforms', async () => {
    const mapping = mappingWith({
      transforms: {
        salesOrder: {
          ref: '"WEB-" & OrderNumber',
          warehouseId:
            'Addresses[OrderAddressType="Shipping"].OrderAddressCountryThreeLetterCode = "DEU" ? 7 : 2',
          channelId: 'BpcCurrencyCode = "EUR" ? 3',
          deliveryDate:
            '$fromMillis($toMillis(OrderCreatedWhen) + 86400000, "[Y0001]-[M01]-[D01]")',
          'row.name': 'OrderItemSKU & " \u2013 " & OrderItemName & " (" & $order.OrderNumber & ")"',
          note: '"Placed on the web shop"',
          'customFields.PCF_SOURCE': '"web"',
          'customFields.PCF_ITEMS': '$count(Items)',
        },
      },
    });
    const { body, followUps } = await shapeSalesOrder(germanOrder, mapping, parties);
    expect(body.ref).toBe('WEB-SAMPLE-1001');
    expect(body.warehouseId).toBe(7);
    expect(body.channelId).toBe(3);
    expect(body.delivery?.date).toBe('2026-01-16');
    expect(body.delivery?.shippingMethodId).toBe(4);
    expect(body.rows[0]?.name).toBe('SKU-RED-M \u2013 T-shirt red M (SAMPLE-1001)');
    expect(body.rows[1]?.name).toBe('Shipping: Standard delivery');
    expect(body).not.toHaveProperty('note');
    expect(followUps).toEqual({
      note: 'Placed on the web shop',
      customFields: { PCF_SOURCE: 'web', PCF_ITEMS: 1 },
    });
  });

  it('keeps the mapping\u2019s value where the expression gives nothing', async () => {
    const mapping = mappingWith({
      transforms: { salesOrder: { channelId: 'BpcCurrencyCode = "EUR" ? 3' } },
    });
    const { body } = await shapeSalesOrder(SAMPLE_ORDER, mapping, parties);
    expect(body.channelId).toBe(1);
  });

  it('lets the rules\u2019 route outrank a transform and adds their notes and tags', async () => {
    const mapping = mappingWith({
      transforms: {
        salesOrder: {
          statusId: '9',
          note: '"From the shop"',
          'customFields.PCF_TAGS': '"web"',
        },
      },
      settings: { orderTagField: 'PCF_TAGS' },
    });
    const gate = {
      route: { statusId: 5, warehouseId: 8 },
      notes: ['Check the address', 'VIP'],
      tags: ['big', 'new-customer'],
    };
    const { body, followUps } = await shapeSalesOrder(SAMPLE_ORDER, mapping, parties, gate);
    expect(body.statusId).toBe(5);
    expect(body.warehouseId).toBe(8);
    expect(body.channelId).toBe(1);
    expect(followUps).toEqual({
      note: 'From the shop\nCheck the address\nVIP',
      customFields: { PCF_TAGS: 'web, big, new-customer' },
    });
  });

  it('fails the order permanently, naming the transform, when one fails', async () => {
    const mapping = mappingWith({ transforms: { salesOrder: { channelId: 'BpcCurrencyCode' } } });
    const failure = await shapeSalesOrder(SAMPLE_ORDER, mapping, parties).catch((error) => error);
    expect(failure).toBeInstanceOf(PermanentSyncError);
    expect(failure).toMatchObject({
      reason: 'transform-failed',
      message:
        'the Channel transform (channelId) failed: gives text ("GBP") but Channel needs a whole number',
      details: { field: 'transforms.salesOrder.channelId' },
    });
  });
});
