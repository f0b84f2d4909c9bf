import { KenticoOrder } from '@bpkc/shared-types';

import type { ContactTransformInput, ProductTransformInput } from './inputs';

// Built-in sample records: save-time validation evaluates every expression against them, so a
// wrong type is found without reading a real record (no call to either platform).

const ADDRESS = {
  OrderAddressFirstName: 'Ada',
  OrderAddressLastName: 'Lovelace',
  OrderAddressCompany: 'Analytical Engines Ltd',
  OrderAddressEmail: 'ada@example.com',
  OrderAddressPhone: '+44 20 7946 0000',
  OrderAddressLine1: '12 St James Square',
  OrderAddressLine2: null,
  OrderAddressCity: 'London',
  OrderAddressZip: 'SW1Y 4JH',
  OrderAddressCountryID: 271,
  OrderAddressStateID: null,
  OrderAddressCountryThreeLetterCode: 'GBR',
  OrderAddressStateName: null,
};

// Parsed, so the sample is always a valid order as the bridge would send it.
export const SAMPLE_ORDER: KenticoOrder = KenticoOrder.parse({
  OrderID: 1001,
  OrderGUID: '00000000-0000-4000-8000-000000001001',
  OrderNumber: 'SAMPLE-1001',
  OrderCreatedWhen: '2026-01-15T10:30:00Z',
  OrderModifiedWhen: '2026-01-15T10:31:00Z',
  OrderOrderStatusID: 1,
  OrderStatusName: 'New',
  OrderTotalPrice: 40,
  OrderTotalShipping: 5,
  OrderTotalTax: 9,
  OrderGrandTotal: 54,
  OrderPaymentMethodID: 1,
  OrderPaymentMethodDisplayName: 'Card',
  OrderPaymentMethodName: 'card',
  OrderShippingMethodID: 1,
  OrderShippingMethodDisplayName: 'Standard delivery',
  OrderShippingMethodName: 'standard',
  OrderShippingMethodPrice: 5,
  BpcCurrencyCode: 'GBP',
  BpcPaymentFee: null,
  BpcBrightpearlOrderID: null,
  Customer: {
    CustomerID: 7,
    CustomerGUID: '00000000-0000-4000-8000-000000000007',
    CustomerMemberID: null,
    CustomerFirstName: 'Ada',
    CustomerLastName: 'Lovelace',
    CustomerEmail: 'ada@example.com',
    CustomerPhone: '+44 20 7946 0000',
    CustomerCreatedWhen: '2025-06-01T09:00:00Z',
  },
  Items: [
    {
      OrderItemID: 1,
      OrderItemGUID: '00000000-0000-4000-8000-000000000101',
      OrderItemSKU: 'SKU-RED-M',
      OrderItemName: 'T-shirt red M',
      OrderItemQuantity: 2,
      OrderItemUnitPrice: 20,
      OrderItemTotalPrice: 40,
      OrderItemTotalTax: 8,
      OrderItemTaxRate: 20,
    },
  ],
  Addresses: [
    { OrderAddressType: 'Billing', ...ADDRESS },
    { OrderAddressType: 'Shipping', ...ADDRESS },
  ],
});

export const SAMPLE_CONTACT_INPUT: ContactTransformInput = {
  customer: SAMPLE_ORDER.Customer,
  billingAddress: SAMPLE_ORDER.Addresses[0]!,
  order: SAMPLE_ORDER,
};

export const SAMPLE_PRODUCT_INPUT: ProductTransformInput = {
  productId: 1001,
  sku: 'SKU-RED-M',
  name: 'T-shirt',
  status: 'LIVE',
  productGroupId: 1000,
  variations: [{ option: 'Colour', value: 'Red' }],
  stockTracked: true,
  taxCode: 'T20',
  price: 16.6667,
  currencyCode: 'GBP',
};
