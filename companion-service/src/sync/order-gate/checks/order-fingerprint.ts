import { createHash } from 'node:crypto';

import type { KenticoOrder } from '@bpkc/shared-types';

import { emailHash } from '../../orders/contact-bindings';

/** What the history keeps of an order: no e-mail address, only the hash the customer flow uses. */
export interface OrderFingerprint {
  emailHash: string | null;
  basketHash: string;
  units: number;
}

/** Units per SKU, sorted by SKU: the same basket whatever the row order or row split. */
function basketKey(order: KenticoOrder): string {
  const units = new Map<string, number>();
  for (const item of order.Items) {
    const sku = item.OrderItemSKU.trim();
    units.set(sku, (units.get(sku) ?? 0) + item.OrderItemQuantity);
  }
  return [...units.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([sku, quantity]) => `${sku}:${quantity}`)
    .join('\n');
}

export function fingerprintOf(order: KenticoOrder): OrderFingerprint {
  const email = order.Customer.CustomerEmail.trim();
  return {
    emailHash: email === '' ? null : emailHash(email),
    basketHash: createHash('sha256').update(basketKey(order)).digest('hex'),
    units: order.Items.reduce((sum, item) => sum + item.OrderItemQuantity, 0),
  };
}
