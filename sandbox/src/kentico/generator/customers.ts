import type { AddressInput, PlaceOrderInput } from '../place-order-input';
import { COMPANIES, FIRST_NAMES, LAST_NAMES, emailSafe } from './people';
import { randomAddress, randomCountry } from './places';
import type { Rng } from './prng';

export interface GeneratedCustomer {
  identity: PlaceOrderInput['customer'];
  company: string | null;
  address: AddressInput;
}

/** Fictional numbers only (Ofcom's 07700 900xxx drama range and the like). */
const PHONE_PREFIX: Record<string, string> = {
  GBR: '+44 7700 900',
  IRL: '+353 85 555 0',
  FRA: '+33 6 55 50 0',
  DEU: '+49 151 555 0',
  USA: '+1 555 010 0',
};

const phoneFor = (rng: Rng, country: string) =>
  `${PHONE_PREFIX[country] ?? PHONE_PREFIX.GBR}${String(rng.int(0, 999)).padStart(3, '0')}`;

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
