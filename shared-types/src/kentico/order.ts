import { z } from 'zod';

import { KenticoCustomerGuid, KenticoOrderGuid } from '../ids';

// Field names follow the XbyK commerce model (CMS.Commerce OrderInfo, OrderItemInfo,
// OrderAddressInfo, CustomerInfo). Fields XbyK lacks natively (currency, ISO country codes,
// method code names, the Brightpearl id) are added by the extension and named Bpc*/...Name.
// Money is a decimal(19,4) in Kentico and a JSON number on the wire.
const Money = z.number().finite().nonnegative();

export const KenticoOrderItem = z.object({
  OrderItemID: z.number().int().positive(),
  OrderItemGUID: z.guid(),
  OrderItemSKU: z.string(),
  OrderItemName: z.string(),
  OrderItemQuantity: z.number().int().positive(),
  OrderItemUnitPrice: Money,
  /** Quantity × unit price, excluding tax. */
  OrderItemTotalPrice: Money,
  OrderItemTotalTax: Money,
  /** Percent, e.g. 20 for 20 %. */
  OrderItemTaxRate: z.number().nonnegative(),
});
export type KenticoOrderItem = z.infer<typeof KenticoOrderItem>;

export const ORDER_ADDRESS_TYPES = { billing: 'Billing', shipping: 'Shipping' } as const;

export const KenticoAddress = z.object({
  OrderAddressType: z.string(),
  OrderAddressFirstName: z.string(),
  OrderAddressLastName: z.string(),
  OrderAddressCompany: z.string().nullable(),
  OrderAddressEmail: z.string(),
  OrderAddressPhone: z.string().nullable(),
  OrderAddressLine1: z.string(),
  OrderAddressLine2: z.string().nullable(),
  OrderAddressCity: z.string(),
  OrderAddressZip: z.string(),
  OrderAddressCountryID: z.number().int(),
  OrderAddressStateID: z.number().int().nullable(),
  /** ISO 3166-1 alpha-3, resolved by the extension from CountryInfo. */
  OrderAddressCountryThreeLetterCode: z.string(),
  OrderAddressStateName: z.string().nullable(),
});
export type KenticoAddress = z.infer<typeof KenticoAddress>;

export const KenticoCustomer = z.object({
  CustomerID: z.number().int().positive(),
  CustomerGUID: KenticoCustomerGuid,
  CustomerMemberID: z.number().int().nullable(),
  CustomerFirstName: z.string(),
  CustomerLastName: z.string(),
  CustomerEmail: z.string(),
  CustomerPhone: z.string().nullable(),
  CustomerCreatedWhen: z.iso.datetime({ offset: true }),
});
export type KenticoCustomer = z.infer<typeof KenticoCustomer>;

export const KenticoOrder = z.object({
  OrderID: z.number().int().positive(),
  OrderGUID: KenticoOrderGuid,
  OrderNumber: z.string().max(50),
  OrderCreatedWhen: z.iso.datetime({ offset: true }),
  OrderModifiedWhen: z.iso.datetime({ offset: true }),
  OrderOrderStatusID: z.number().int(),
  /** Code name of the status (OrderStatusInfo.OrderStatusName): stable, unlike the display name. */
  OrderStatusName: z.string(),
  /** Sum of the items' OrderItemTotalPrice, excluding tax. */
  OrderTotalPrice: Money,
  /** Shipping excluding tax; the shipping tax is part of OrderTotalTax. */
  OrderTotalShipping: Money,
  /** Items' tax plus shipping tax. */
  OrderTotalTax: Money,
  OrderGrandTotal: Money,
  OrderPaymentMethodID: z.number().int().nullable(),
  OrderPaymentMethodDisplayName: z.string().nullable(),
  OrderPaymentMethodName: z.string().nullable(),
  OrderShippingMethodID: z.number().int().nullable(),
  OrderShippingMethodDisplayName: z.string().nullable(),
  /** Code name of the shipping method (ShippingMethodInfo.ShippingMethodName). */
  OrderShippingMethodName: z.string().nullable(),
  OrderShippingMethodPrice: Money,
  /** Extension field: XbyK stores no currency on orders. */
  BpcCurrencyCode: z.string().length(3),
  /** Extension field: the payment provider's fee on this order's payment, if the checkout knows it. */
  BpcPaymentFee: z.number().nonnegative().nullable().default(null),
  /** Extension field: set once the order exists in Brightpearl. */
  BpcBrightpearlOrderID: z.number().int().positive().nullable(),
  Customer: KenticoCustomer,
  Items: z.array(KenticoOrderItem),
  Addresses: z.array(KenticoAddress),
});
export type KenticoOrder = z.infer<typeof KenticoOrder>;
