import type { SalesOrderAddress } from '@bpkc/shared-types';

import { withoutUndefined } from '../objects';
import type { SimulatorState, StoredContact } from '../state';

type AddressType = 'DEF' | 'BIL' | 'DEL';

/**
 * An order party without an explicit address takes the contact's address of that type
 * (reference §5.2: "everything else defaults ... customer default address").
 */
export function contactAddress(
  state: SimulatorState,
  contact: StoredContact,
  type: AddressType,
): SalesOrderAddress {
  const postal = state.postalAddresses.get(contact.postAddressIds[type]);
  const fullName = [contact.firstName, contact.lastName].filter((part) => part !== '').join(' ');
  return withoutUndefined({
    addressFullName: fullName,
    companyName: contact.companyName,
    addressLine1: postal?.addressLine1 ?? '',
    addressLine2: postal?.addressLine2,
    addressLine3: postal?.addressLine3,
    addressLine4: postal?.addressLine4,
    postalCode: postal?.postalCode,
    countryIsoCode: postal?.countryIsoCode ?? 'GBR',
    telephone: contact.telephones['PRI'],
    mobileTelephone: contact.telephones['MOB'],
    email: contact.emails.PRI?.email,
  });
}
