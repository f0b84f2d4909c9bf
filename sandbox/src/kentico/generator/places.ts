import type { AddressInput } from '../place-order-input';
import { STREETS } from './people';
import type { Rng } from './prng';

interface Place {
  city: string;
  /** Builds a plausible postcode for the city. */
  zip: (rng: Rng) => string;
  state?: string;
}

const letters = 'ABDEFGHJLNPQRSTUWXYZ';
const letter = (rng: Rng) => letters.charAt(rng.int(0, letters.length - 1));
const digits = (rng: Rng, count: number) =>
  Array.from({ length: count }, () => String(rng.int(0, 9))).join('');
const ukPostcode = (area: string) => (rng: Rng) =>
  `${area}${rng.int(1, 20)} ${rng.int(1, 9)}${letter(rng)}${letter(rng)}`;
const numeric = (prefix: string, count: number) => (rng: Rng) => prefix + digits(rng, count);

const PLACES: Record<string, readonly Place[]> = {
  GBR: [
    { city: 'London', zip: ukPostcode('SW') },
    { city: 'Manchester', zip: ukPostcode('M') },
    { city: 'Bristol', zip: ukPostcode('BS') },
    { city: 'Leeds', zip: ukPostcode('LS') },
    { city: 'Edinburgh', zip: ukPostcode('EH') },
    { city: 'Cardiff', zip: ukPostcode('CF') },
  ],
  IRL: [
    { city: 'Dublin', zip: (rng) => `D0${rng.int(1, 8)} ${letter(rng)}${digits(rng, 3)}` },
    { city: 'Cork', zip: (rng) => `T12 ${letter(rng)}${digits(rng, 3)}` },
  ],
  FRA: [
    { city: 'Paris', zip: numeric('750', 2) },
    { city: 'Lyon', zip: numeric('6900', 1) },
  ],
  DEU: [
    { city: 'Berlin', zip: numeric('10', 3) },
    { city: 'München', zip: numeric('80', 3) },
  ],
  USA: [
    { city: 'New York', zip: numeric('100', 2), state: 'New York' },
    { city: 'Austin', zip: numeric('787', 2), state: 'Texas' },
    { city: 'San Francisco', zip: numeric('941', 2), state: 'California' },
  ],
};

/** Mostly UK shoppers, as for a UK merchant, with some EU and US orders. */
const COUNTRY_WEIGHTS = [
  ['GBR', 80],
  ['IRL', 6],
  ['FRA', 5],
  ['DEU', 5],
  ['USA', 4],
] as const;

export function randomCountry(rng: Rng): string {
  return rng.weighted(COUNTRY_WEIGHTS);
}

/** A street address in `country`; names, e-mail and phone are left to the caller. */
export function randomAddress(rng: Rng, country: string): AddressInput {
  const place = rng.pick(PLACES[country] ?? PLACES.GBR ?? []);
  return {
    line1: `${rng.int(1, 180)} ${rng.pick(STREETS)}`,
    line2: rng.chance(0.15) ? `Flat ${rng.int(1, 40)}` : null,
    city: place.city,
    zip: place.zip(rng),
    country,
    state: place.state ?? null,
  };
}
