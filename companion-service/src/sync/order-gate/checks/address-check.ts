import { type KenticoAddress, ORDER_ADDRESS_TYPES } from '@bpkc/shared-types';

import type { Check, Problem } from './check';
import { alpha2Of, countryName } from './countries';
import { normalisePostcode, POSTCODE_FORMATS } from './postcode-formats';

const blank = (value: string | null | undefined) => !value || value.trim() === '';

const fieldOf = (address: KenticoAddress, name: keyof KenticoAddress) =>
  `Addresses.${address.OrderAddressType}.${name}`;

function requiredFields(address: KenticoAddress): Problem[] {
  const type = address.OrderAddressType;
  const missing = (what: string, name: keyof KenticoAddress): Problem => ({
    reason: `${type} address has no ${what}`,
    field: fieldOf(address, name),
  });
  const problems: Problem[] = [];
  const named = [address.OrderAddressFirstName, address.OrderAddressLastName];
  if (named.every(blank) && blank(address.OrderAddressCompany)) {
    problems.push(missing('name', 'OrderAddressFirstName'));
  }
  if (blank(address.OrderAddressLine1))
    problems.push(missing('street (line 1)', 'OrderAddressLine1'));
  if (blank(address.OrderAddressCity)) problems.push(missing('city', 'OrderAddressCity'));
  return problems;
}

function countryAndPostcode(address: KenticoAddress): Problem[] {
  const type = address.OrderAddressType;
  const code = address.OrderAddressCountryThreeLetterCode.trim();
  if (blank(code)) {
    return [
      {
        reason: `${type} address has no country`,
        field: fieldOf(address, 'OrderAddressCountryThreeLetterCode'),
      },
    ];
  }
  if (!alpha2Of(code)) {
    return [
      {
        reason: `${type} address country "${code}" is not a known ISO 3166 country code`,
        field: fieldOf(address, 'OrderAddressCountryThreeLetterCode'),
      },
    ];
  }
  const format = POSTCODE_FORMATS[code.toUpperCase()];
  if (!format) return []; // not in the table: required fields only
  const field = fieldOf(address, 'OrderAddressZip');
  const country = countryName(code);
  if (blank(address.OrderAddressZip)) {
    return format.required
      ? [{ reason: `${type} address has no postcode, which ${country} addresses need`, field }]
      : [];
  }
  if (format.pattern.test(normalisePostcode(address.OrderAddressZip))) return [];
  return [
    {
      reason: `Postcode "${address.OrderAddressZip.trim()}" is not a valid ${country} postcode (expected like "${format.example}")`,
      field,
    },
  ];
}

/**
 * Billing and shipping addresses: name, line 1, city and country present; the postcode present
 * and well formed where the country's format is known (postcode-formats.ts).
 */
export const checkAddresses: Check = ({ order }) => {
  const ofType = (type: string) => order.Addresses.find((a) => a.OrderAddressType === type);
  const billing = ofType(ORDER_ADDRESS_TYPES.billing);
  // A missing shipping address means "ship to billing" (sync/orders/order-addresses.ts).
  const shipping = ofType(ORDER_ADDRESS_TYPES.shipping);
  const problems: Problem[] = billing
    ? []
    : [{ reason: 'The order has no Billing address', field: 'Addresses' }];
  for (const address of [billing, shipping]) {
    if (address) problems.push(...requiredFields(address), ...countryAndPostcode(address));
  }
  return problems;
};
