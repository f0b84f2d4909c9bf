import {
  type KenticoAddress,
  type KenticoOrder,
  ORDER_ADDRESS_TYPES,
  type RuleCondition,
} from '@bpkc/shared-types';

import { evaluateBooleanExpression } from '../../../shaping';

/** What a condition may ask beyond the order itself; asked lazily, once per order. */
export interface ConditionContext {
  order: KenticoOrder;
  isNewCustomer: () => Promise<boolean>;
}

type Check<K extends RuleCondition['kind']> = (
  condition: Extract<RuleCondition, { kind: K }>,
  context: ConditionContext,
) => boolean | Promise<boolean>;

const inCurrency = (order: KenticoOrder, currency: string | undefined) =>
  currency === undefined || currency.toUpperCase() === order.BpcCurrencyCode.toUpperCase();

/** Shipping falls back to billing, as in the sales order itself (orders/order-addresses.ts). */
function address(order: KenticoOrder, which: 'shipping' | 'billing'): KenticoAddress | undefined {
  const find = (type: string) => order.Addresses.find((a) => a.OrderAddressType === type);
  const billing = find(ORDER_ADDRESS_TYPES.billing);
  return which === 'billing' ? billing : (find(ORDER_ADDRESS_TYPES.shipping) ?? billing);
}

const countryOf = (order: KenticoOrder, which: 'shipping' | 'billing') =>
  address(order, which)?.OrderAddressCountryThreeLetterCode.toUpperCase();

const CHECKS: { [K in RuleCondition['kind']]: Check<K> } = {
  'total-over': (c, { order }) => inCurrency(order, c.currency) && order.OrderGrandTotal > c.amount,
  'total-under': (c, { order }) =>
    inCurrency(order, c.currency) && order.OrderGrandTotal < c.amount,
  'country-in': (c, { order }) => c.countries.includes(countryOf(order, c.address) ?? ''),
  // An order without that address is in no listed country.
  'country-not-in': (c, { order }) => {
    const country = countryOf(order, c.address);
    return country !== undefined && !c.countries.includes(country);
  },
  'customer-is-new': (_c, context) => context.isNewCustomer(),
  'shipping-method-in': (c, { order }) =>
    order.OrderShippingMethodName !== null && c.methods.includes(order.OrderShippingMethodName),
  'sku-in': (c, { order }) => order.Items.some((item) => c.skus.includes(item.OrderItemSKU)),
  'quantity-over': (c, { order }) =>
    c.scope === 'line'
      ? order.Items.some((item) => item.OrderItemQuantity > c.quantity)
      : order.Items.reduce((sum, item) => sum + item.OrderItemQuantity, 0) > c.quantity,
  'billing-country-differs': (_c, { order }) => {
    const billing = countryOf(order, 'billing');
    return billing !== undefined && billing !== countryOf(order, 'shipping');
  },
  'payment-method-in': (c, { order }) =>
    order.OrderPaymentMethodName !== null && c.methods.includes(order.OrderPaymentMethodName),
  expression: (c, { order }) => evaluateBooleanExpression(c.expression, order),
};

/** Whether one condition holds for the order (an expression that fails throws). */
export async function conditionHolds(
  condition: RuleCondition,
  context: ConditionContext,
): Promise<boolean> {
  const check = CHECKS[condition.kind] as Check<RuleCondition['kind']>;
  return check(condition, context);
}
