import type { PostalAddressCreate } from '@bpkc/shared-types';

import { storeContact } from './contacts/create-contact';
import { storePostalAddress } from './contacts/postal-addresses';
import { formatTimestamp } from './state';
import type { SimulatorState } from './state';

export interface ContactSeed {
  email: string;
  lastName: string;
  firstName?: string;
  companyName?: string;
  telephone?: string;
  isCustomer?: boolean;
  isSupplier?: boolean;
  isStaff?: boolean;
  /** Default: a Bristol address in GBR. */
  address?: PostalAddressCreate;
}

const DEFAULT_ADDRESS: PostalAddressCreate = {
  addressLine1: '1 Sandbox Street',
  addressLine3: 'Bristol',
  postalCode: 'BS1 1AA',
  countryIsoCode: 'GBR',
};

/** Test helper: a postal address + contact, created without touching the budget or the log. */
export function seedContact(
  state: SimulatorState,
  { seed, now }: { seed: ContactSeed; now: Date },
): number {
  const addressId = storePostalAddress(state, seed.address ?? DEFAULT_ADDRESS);
  const input = {
    firstName: seed.firstName,
    lastName: seed.lastName,
    postAddressIds: { DEF: addressId },
    communication: {
      emails: { PRI: { email: seed.email } },
      ...(seed.telephone === undefined ? {} : { telephones: { PRI: seed.telephone } }),
    },
    relationshipToAccount: {
      isCustomer: seed.isCustomer ?? true,
      isSupplier: seed.isSupplier ?? false,
      isStaff: seed.isStaff ?? false,
    },
    ...(seed.companyName === undefined ? {} : { organisation: { name: seed.companyName } }),
  };
  return storeContact(state, { input, now: formatTimestamp(now) });
}
