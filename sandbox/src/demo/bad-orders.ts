import type { PlaceOrderInput } from '../kentico';

/** Orders a real shop produces now and then; the demo shows them landing as dead letters. */
export function spoilOrder(order: PlaceOrderInput, pick: number): PlaceOrderInput {
  if (pick % 2 === 0) {
    const [first, ...rest] = order.items;
    return {
      ...order,
      items: [{ ...first!, sku: 'DISCONTINUED-001', name: 'Old product' }, ...rest],
    };
  }
  return { ...order, shippingMethod: 'PigeonPost' };
}
