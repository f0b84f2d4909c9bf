import { randomUUID } from 'node:crypto';

import {
  ChecksConfig,
  type KenticoAddress,
  KenticoOrder,
  type KenticoOrderItem,
} from '@bpkc/shared-types';

// Test support: a valid UK order (2 × £10.00 + 1 × £3.33, shipping £5.00, tax £5.17 = £33.50).

export const address = (type: string, overrides: Partial<KenticoAddress> = {}): KenticoAddress => ({
  OrderAddressType: type,
  OrderAddressFirstName: 'Ann',
  OrderAddressLastName: 'Lee',
  OrderAddressCompany: null,
  OrderAddressEmail: 'ann@example.com',
  OrderAddressPhone: '0113 496 0000',
  OrderAddressLine1: '1 High St',
  OrderAddressLine2: null,
  OrderAddressCity: 'Leeds',
  OrderAddressZip: 'LS1 1AA',
  OrderAddressCountryID: 1,
  OrderAddressStateID: null,
  OrderAddressCountryThreeLetterCode: 'GBR',
  OrderAddressStateName: null,
  ...overrides,
});

/** A row of `quantity` × `unitPrice`, its total worked out (override it with a spread). */
export const item = (sku: string, quantity: number, unitPrice: number): KenticoOrderItem => ({
  OrderItemID: 1,
  OrderItemGUID: randomUUID(),
  OrderItemSKU: sku,
  OrderItemName: sku,
  OrderItemQuantity: quantity,
  OrderItemUnitPrice: unitPrice,
  OrderItemTotalPrice: Math.round(quantity * unitPrice * 100) / 100,
  OrderItemTotalTax: 0,
  OrderItemTaxRate: 20,
});

export function testOrder(overrides: Record<string, unknown> = {}): KenticoOrder {
  return KenticoOrder.parse({
    OrderID: 1,
    OrderGUID: randomUUID(),
    OrderNumber: 'ORD-1',
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
    OrderShippingMethodDisplayName: 'DPD',
    OrderShippingMethodName: 'Dpd',
    OrderShippingMethodPrice: 5,
    BpcCurrencyCode: 'GBP',
    BpcBrightpearlOrderID: null,
    Customer: {
      CustomerID: 1,
      CustomerGUID: randomUUID(),
      CustomerMemberID: null,
      CustomerFirstName: 'Ann',
      CustomerLastName: 'Lee',
      CustomerEmail: 'ann@example.com',
      CustomerPhone: null,
      CustomerCreatedWhen: '2026-11-27T10:00:00+00:00',
    },
    Items: [item('A', 2, 10), item('B', 1, 3.33)],
    Addresses: [address('Billing'), address('Shipping', { OrderAddressLine1: '9 Dock Rd' })],
    ...overrides,
  });
}

/** Every check at `mode` with default settings, overridable per check. */
export const allChecks = (
  mode: 'off' | 'warn' | 'hold' | 'block',
  overrides: Record<string, object> = {},
): ChecksConfig =>
  ChecksConfig.parse({
    address: { mode },
    phone: { mode },
    email: { mode },
    totals: { mode },
    valueOutlier: { mode },
    quantityOutlier: { mode },
    duplicate: { mode },
    ...overrides,
  });
