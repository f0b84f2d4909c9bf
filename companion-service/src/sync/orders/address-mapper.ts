import type { KenticoAddress, PostalAddressCreate, SalesOrderAddress } from '@bpkc/shared-types';

import { PermanentSyncError } from './mapping-failure';

const optional = (value: string | null | undefined) =>
  value === null || value === undefined || value.trim() === '' ? undefined : value.trim();

/** Brightpearl's four address lines are street, suburb, city, state (reference §6.1). */
export function toPostalAddress(address: KenticoAddress): PostalAddressCreate {
  assertDeliverable(address);
  return {
    addressLine1: address.OrderAddressLine1.trim(),
    addressLine2: optional(address.OrderAddressLine2),
    addressLine3: optional(address.OrderAddressCity),
    addressLine4: optional(address.OrderAddressStateName),
    postalCode: optional(address.OrderAddressZip),
    countryIsoCode: address.OrderAddressCountryThreeLetterCode.toUpperCase(),
  };
}

export function toSalesOrderAddress(address: KenticoAddress): SalesOrderAddress {
  const fullName = `${address.OrderAddressFirstName} ${address.OrderAddressLastName}`.trim();
  return {
    ...toPostalAddress(address),
    addressFullName: fullName || address.OrderAddressEmail,
    companyName: optional(address.OrderAddressCompany),
    telephone: optional(address.OrderAddressPhone),
    email: optional(address.OrderAddressEmail),
  };
}

function assertDeliverable(address: KenticoAddress): void {
  const type = address.OrderAddressType;
  if (!optional(address.OrderAddressLine1)) {
    throw new PermanentSyncError('invalid-address', `${type} address: OrderAddressLine1 is empty`, {
      field: 'OrderAddressLine1',
      addressType: type,
    });
  }
  if (!/^[A-Za-z]{3}$/.test(address.OrderAddressCountryThreeLetterCode)) {
    throw new PermanentSyncError(
      'invalid-address',
      `${type} address: OrderAddressCountryThreeLetterCode is not an ISO 3166 alpha-3 code`,
      { field: 'OrderAddressCountryThreeLetterCode', addressType: type },
    );
  }
}

/** Same place? Then one Brightpearl postal address serves both roles (saves a call). */
export function sameAddress(a: KenticoAddress, b: KenticoAddress): boolean {
  const key = (x: KenticoAddress) =>
    [x.OrderAddressLine1, x.OrderAddressLine2, x.OrderAddressCity, x.OrderAddressZip]
      .concat(x.OrderAddressCountryThreeLetterCode)
      .map((part) => (part ?? '').trim().toLowerCase())
      .join('|');
  return key(a) === key(b);
}
