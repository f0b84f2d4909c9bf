import { PostalAddressCreate } from '@bpkc/shared-types';

import { findCountry } from '../countries';
import { BrightpearlError, ERROR_CODES, parseBody } from '../errors';
import { withoutUndefined } from '../objects';
import type { RouteContext } from '../route';
import { takeId } from '../state';
import type { SimulatorState, StoredPostalAddress } from '../state';

/** POST /contact-service/postal-address → the new address id (reference §6.1). */
export function createPostalAddress(context: RouteContext): number {
  const input = parseBody(PostalAddressCreate, context.body, ERROR_CODES.contactValidation);
  return storePostalAddress(context.state, input);
}

export function storePostalAddress(state: SimulatorState, input: PostalAddressCreate): number {
  if (!findCountry(input.countryIsoCode)) {
    const message = `countryIsoCode: country ${input.countryIsoCode} does not exist`;
    throw BrightpearlError.of(400, ERROR_CODES.contactValidation, message);
  }
  const address: StoredPostalAddress = withoutUndefined({
    addressId: takeId(state, 'postalAddress'),
    contactId: 0,
    addressLine1: input.addressLine1,
    addressLine2: input.addressLine2,
    addressLine3: input.addressLine3,
    addressLine4: input.addressLine4,
    postalCode: input.postalCode,
    countryIsoCode: input.countryIsoCode.toUpperCase(),
  });
  state.postalAddresses.set(address.addressId, address);
  return address.addressId;
}

/** GET /contact-service/postal-address/{idSet} item (reference §6.1). */
export function postalAddressView(address: StoredPostalAddress) {
  const country = findCountry(address.countryIsoCode);
  return {
    addressId: address.addressId,
    contactId: address.contactId,
    addressLine1: address.addressLine1,
    addressLine2: address.addressLine2 ?? '',
    addressLine3: address.addressLine3 ?? '',
    addressLine4: address.addressLine4 ?? '',
    postalCode: address.postalCode ?? '',
    countryIsoCode: address.countryIsoCode,
    countryIsoCode2: country?.iso2 ?? '',
    countryId: country?.id ?? 0,
  };
}
