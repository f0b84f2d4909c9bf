import { roundToPenny, taxOn, toMoney, toUnits, type Units } from './money';
import { DEFAULTS, type PlaceOrderItemInput } from './place-order-input';

export interface PricedLine {
  input: PlaceOrderItemInput;
  taxRate: number;
  unit: Units;
  net: Units;
  tax: Units;
}

export interface OrderTotals {
  OrderTotalPrice: number;
  OrderTotalShipping: number;
  OrderTotalTax: number;
  OrderGrandTotal: number;
  OrderShippingMethodPrice: number;
}

export function priceLine(input: PlaceOrderItemInput): PricedLine {
  const taxRate = input.taxRate ?? DEFAULTS.taxRate;
  const unit = toUnits(input.unitPrice);
  // Line net is rounded to the penny before tax, so the printed lines add up to the totals.
  const net = roundToPenny(unit * input.quantity);
  return { input, taxRate, unit, net, tax: taxOn(net, taxRate) };
}

/**
 * Totals as the default XbyK price pipeline stores them: OrderTotalPrice is the items net,
 * OrderTotalShipping the shipping net, OrderTotalTax the tax on both, and the grand total
 * their sum.
 */
export function orderTotals(
  lines: readonly PricedLine[],
  shipping: { net: Units; taxRate: number },
): OrderTotals {
  const itemsNet = lines.reduce((sum, line) => sum + line.net, 0);
  const itemsTax = lines.reduce((sum, line) => sum + line.tax, 0);
  const shippingNet = roundToPenny(shipping.net);
  const tax = itemsTax + taxOn(shippingNet, shipping.taxRate);
  return {
    OrderTotalPrice: toMoney(itemsNet),
    OrderTotalShipping: toMoney(shippingNet),
    OrderTotalTax: toMoney(tax),
    OrderGrandTotal: toMoney(itemsNet + shippingNet + tax),
    OrderShippingMethodPrice: toMoney(shippingNet),
  };
}
