import {
  type CountryCode,
  isSupportedCountry,
  parsePhoneNumberFromString,
} from 'libphonenumber-js/max';

import { type KenticoAddress, ORDER_ADDRESS_TYPES } from '@bpkc/shared-types';

import type { Check, Problem } from './check';
import { alpha2Of, countryName } from './countries';

/** The address's country as libphonenumber-js knows it; none for unknown or unsupported ones. */
function phoneCountry(address: KenticoAddress | undefined): CountryCode | undefined {
  const alpha2 = address && alpha2Of(address.OrderAddressCountryThreeLetterCode);
  return alpha2 && isSupportedCountry(alpha2) ? alpha2 : undefined;
}

/**
 * A number in national form is read as the address country's; one starting with + stands on its
 * own. Uses the full ("max") metadata, so numbers are checked against each country's real number
 * ranges, not only their length.
 */
function problemWith(phone: string | null, address: KenticoAddress | undefined, field: string) {
  if (!phone || phone.trim() === '') return []; // no phone is not a problem
  const country = phoneCountry(address);
  const parsed = parsePhoneNumberFromString(phone.trim(), country);
  if (parsed?.isValid()) return [];
  const where =
    country && address ? ` for ${countryName(address.OrderAddressCountryThreeLetterCode)}` : '';
  return [{ reason: `Phone number "${phone.trim()}" is not a valid phone number${where}`, field }];
}

/** The billing and shipping phones, and the customer's phone read with the billing country. */
export const checkPhones: Check = ({ order }) => {
  const ofType = (type: string) => order.Addresses.find((a) => a.OrderAddressType === type);
  const billing = ofType(ORDER_ADDRESS_TYPES.billing);
  const shipping = ofType(ORDER_ADDRESS_TYPES.shipping);
  const problems: Problem[] = [];
  for (const address of [billing, shipping]) {
    if (!address) continue;
    const field = `Addresses.${address.OrderAddressType}.OrderAddressPhone`;
    problems.push(...problemWith(address.OrderAddressPhone, address, field));
  }
  problems.push(
    ...problemWith(order.Customer.CustomerPhone, billing ?? shipping, 'Customer.CustomerPhone'),
  );
  return problems;
};
