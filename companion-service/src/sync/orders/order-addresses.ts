import { type KenticoAddress, type KenticoOrder, ORDER_ADDRESS_TYPES } from '@bpkc/shared-types';

import { PermanentSyncError } from './mapping-failure';

/** The order's billing and shipping addresses; a missing shipping address means "ship to billing". */
export function orderAddresses(order: KenticoOrder): {
  billing: KenticoAddress;
  shipping: KenticoAddress;
} {
  const find = (type: string) =>
    order.Addresses.find((address) => address.OrderAddressType === type);
  const billing = find(ORDER_ADDRESS_TYPES.billing);
  const shipping = find(ORDER_ADDRESS_TYPES.shipping) ?? billing;
  if (!billing || !shipping) {
    throw new PermanentSyncError('invalid-address', 'the order has no Billing address', {
      field: 'Addresses',
    });
  }
  return { billing, shipping };
}
