import type { AddressInput, PlaceOrderInput } from '../place-order-input';
import { COMPANIES, FIRST_NAMES, LAST_NAMES, emailSafe } from './people';
import { phoneFor } from './phones';
import { randomAddress, randomCountry } from './places';
import type { Rng } from './prng';

export interface GeneratedCustomer {
  identity: PlaceOrderInput['customer'];
  company: string | null;
  address: AddressInput;
}

/** A new shopper; `serial` keeps e-mails unique even when two people share a name. */
export function newCustomer(rng: Rng, serial: number): GeneratedCustomer {
  const firstName = rng.pick(FIRST_NAMES);
  const lastName = rng.pick(LAST_NAMES);
  const country = randomCountry(rng);
  return {
    identity: {
      email: `${emailSafe(firstName)}.${emailSafe(lastName)}.${serial}@example.com`,
      firstName,
      lastName,
      phone: rng.chance(0.6) ? phoneFor(rng, country) : null,
    },
    company: rng.chance(0.2) ? rng.pick(COMPANIES) : null,
    address: randomAddress(rng, country),
  };
}

/** The billing address of an order: a returning customer sometimes has moved. */
export function billingAddressOf(rng: Rng, customer: GeneratedCustomer): AddressInput {
  const base = rng.chance(0.85) ? customer.address : randomAddress(rng, customer.address.country);
  return { ...base, company: customer.company, phone: customer.identity.phone ?? null };
}

/** ~20 % of orders ship elsewhere (work address, a gift to someone else). */
export function shippingAddressOf(rng: Rng, billing: AddressInput): AddressInput {
  if (rng.chance(0.8)) return billing;
  const address = randomAddress(rng, rng.chance(0.9) ? billing.country : randomCountry(rng));
  if (!rng.chance(0.5)) return address;
  return { ...address, firstName: rng.pick(FIRST_NAMES), lastName: rng.pick(LAST_NAMES) };
}
