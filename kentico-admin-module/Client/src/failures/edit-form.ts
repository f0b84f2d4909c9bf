import type { AddressOverride, OrderOverride } from '@bpkc/shared-types';

/** The fields the edit dialog offers per address, in the order a merchant reads them. */
export const ADDRESS_FIELDS: Array<[keyof AddressOverride, string]> = [
  ['line1', 'Address line 1'],
  ['line2', 'Address line 2'],
  ['city', 'City'],
  ['postcode', 'Postcode'],
  ['countryIsoCode3', 'Country (three-letter code, e.g. GBR)'],
  ['phone', 'Phone'],
  ['email', 'E-mail'],
];

export const ADDRESSES: Array<['billing' | 'shipping', string]> = [
  ['shipping', 'Shipping address'],
  ['billing', 'Billing address'],
];

function changedAddress(
  before: AddressOverride | undefined,
  after: AddressOverride | undefined,
): AddressOverride | undefined {
  const changed: AddressOverride = {};
  for (const [field] of ADDRESS_FIELDS) {
    const value = after?.[field];
    if (value !== undefined && value.trim() !== (before?.[field] ?? '').trim()) {
      changed[field] = value.trim();
    }
  }
  return Object.keys(changed).length > 0 ? changed : undefined;
}

/** Only what the merchant changed: the override sent with edit-and-replay. */
export function changedOverride(before: OrderOverride, after: OrderOverride): OrderOverride {
  const override: OrderOverride = {};
  for (const [address] of ADDRESSES) {
    const changed = changedAddress(before[address], after[address]);
    if (changed) override[address] = changed;
  }
  for (const field of ['customerEmail', 'customerPhone'] as const) {
    const value = after[field]?.trim();
    if (value !== undefined && value !== (before[field] ?? '').trim()) override[field] = value;
  }
  return override;
}

/** "override.shipping.postcode" (the 400's field) → the dialog's field id "shipping.postcode". */
export const formFieldOf = (field: string | undefined) => field?.replace(/^override\./, '') ?? null;
