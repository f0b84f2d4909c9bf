import {
  type AddressOverride,
  type KenticoAddress,
  type KenticoOrder,
  ORDER_ADDRESS_TYPES,
  OrderOverride,
} from '@bpkc/shared-types';

import type { Db } from '../../store';

/**
 * What a merchant corrected on an order before retrying it (addresses, phone, e-mail). Stored
 * per order, merged with earlier corrections, and applied to the order read from Kentico before
 * the gate and the mapping. The values are personal data: callers log field names only.
 */

export async function readOrderOverride(db: Db, orderGuid: string): Promise<OrderOverride | null> {
  const [row] = await db.query<{ override: unknown }>(
    `SELECT override FROM order_overrides WHERE order_guid = $1`,
    [orderGuid],
  );
  if (!row) return null;
  const parsed = OrderOverride.safeParse(row.override);
  return parsed.success ? parsed.data : null;
}

/** Merges the new corrections into the stored ones (a field given again replaces the old value). */
export async function saveOrderOverride(
  tx: Db,
  input: { orderGuid: string; override: OrderOverride; actor: string },
): Promise<OrderOverride> {
  const merged = mergeOverrides(
    (await readOrderOverride(tx, input.orderGuid)) ?? {},
    input.override,
  );
  await tx.query(
    `INSERT INTO order_overrides (order_guid, override, updated_by) VALUES ($1, $2, $3)
     ON CONFLICT (order_guid) DO UPDATE
     SET override = EXCLUDED.override, updated_by = EXCLUDED.updated_by, updated_at = now()`,
    [input.orderGuid, JSON.stringify(merged), input.actor],
  );
  return merged;
}

export function mergeOverrides(base: OrderOverride, next: OrderOverride): OrderOverride {
  const merged: OrderOverride = { ...base, ...next };
  if (base.billing || next.billing) merged.billing = { ...base.billing, ...next.billing };
  if (base.shipping || next.shipping) merged.shipping = { ...base.shipping, ...next.shipping };
  return merged;
}

/** The names of the fields an override sets, e.g. `shipping.postcode` (for audit and timeline). */
export function overriddenFields(override: OrderOverride): string[] {
  const fields: string[] = [];
  for (const [key, value] of Object.entries(override)) {
    if (value !== null && typeof value === 'object') {
      fields.push(...Object.keys(value).map((field) => `${key}.${field}`));
    } else if (value !== undefined) fields.push(key);
  }
  return fields.sort();
}

function applyAddress(address: KenticoAddress, fix: AddressOverride | undefined): KenticoAddress {
  if (!fix) return address;
  return {
    ...address,
    OrderAddressLine1: fix.line1 ?? address.OrderAddressLine1,
    OrderAddressLine2: fix.line2 === undefined ? address.OrderAddressLine2 : fix.line2 || null,
    OrderAddressCity: fix.city ?? address.OrderAddressCity,
    OrderAddressZip: fix.postcode ?? address.OrderAddressZip,
    OrderAddressCountryThreeLetterCode:
      fix.countryIsoCode3?.toUpperCase() ?? address.OrderAddressCountryThreeLetterCode,
    OrderAddressPhone: fix.phone === undefined ? address.OrderAddressPhone : fix.phone || null,
    OrderAddressEmail: fix.email ?? address.OrderAddressEmail,
  };
}

/**
 * The order as Brightpearl should get it. A shipping correction on an order without a shipping
 * address ("ship to billing") adds one, copied from billing with the corrections.
 */
export function applyOrderOverride(
  order: KenticoOrder,
  override: OrderOverride | null,
): KenticoOrder {
  if (!override) return order;
  const { billing: billingType, shipping: shippingType } = ORDER_ADDRESS_TYPES;
  let addresses = order.Addresses.map((address) => {
    if (address.OrderAddressType === billingType) return applyAddress(address, override.billing);
    if (address.OrderAddressType === shippingType) return applyAddress(address, override.shipping);
    return address;
  });
  const billing = order.Addresses.find((address) => address.OrderAddressType === billingType);
  const hasShipping = order.Addresses.some((address) => address.OrderAddressType === shippingType);
  if (override.shipping && billing && !hasShipping) {
    const shipping = { ...billing, OrderAddressType: shippingType };
    addresses = [...addresses, applyAddress(shipping, override.shipping)];
  }
  return {
    ...order,
    Addresses: addresses,
    Customer: {
      ...order.Customer,
      CustomerEmail: override.customerEmail ?? order.Customer.CustomerEmail,
      CustomerPhone:
        override.customerPhone === undefined
          ? order.Customer.CustomerPhone
          : override.customerPhone || null,
    },
  };
}

/** The values the edit dialog starts from: Kentico's, with earlier corrections applied. */
export function editableValues(order: KenticoOrder): OrderOverride {
  const of = (type: string): AddressOverride | undefined => {
    const address = order.Addresses.find((candidate) => candidate.OrderAddressType === type);
    if (!address) return undefined;
    return {
      line1: address.OrderAddressLine1,
      line2: address.OrderAddressLine2 ?? '',
      city: address.OrderAddressCity,
      postcode: address.OrderAddressZip,
      countryIsoCode3: address.OrderAddressCountryThreeLetterCode,
      phone: address.OrderAddressPhone ?? '',
      email: address.OrderAddressEmail,
    };
  };
  return {
    billing: of(ORDER_ADDRESS_TYPES.billing),
    shipping: of(ORDER_ADDRESS_TYPES.shipping),
    customerEmail: order.Customer.CustomerEmail,
    customerPhone: order.Customer.CustomerPhone ?? '',
  };
}
