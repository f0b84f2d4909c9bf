import {
  type CountryCode,
  getExampleNumber,
  parsePhoneNumberFromString,
} from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';

import type { Rng } from './prng';

/** The generator's countries (alpha-3, as Kentico writes them) as libphonenumber-js names them. */
const PHONE_COUNTRY: Record<string, CountryCode> = {
  GBR: 'GB',
  IRL: 'IE',
  FRA: 'FR',
  DEU: 'DE',
  USA: 'US',
};

const VARIED_DIGITS = 3;

/**
 * Mobile numbers the companion's phone check accepts: libphonenumber-js's own example number of
 * the country with its last three digits varied, each kept only if the full ("max") metadata —
 * the check's — still calls it valid. Made once per country, on first use.
 */
const validNumbers = new Map<CountryCode, string[]>();

function numbersOf(country: CountryCode): string[] {
  const known = validNumbers.get(country);
  if (known) return known;
  const example = getExampleNumber(country, examples);
  if (!example) throw new Error(`libphonenumber-js has no example number for ${country}`);
  const stem = `+${example.countryCallingCode}${example.nationalNumber.slice(0, -VARIED_DIGITS)}`;
  const numbers = Array.from({ length: 10 ** VARIED_DIGITS }, (_, tail) =>
    parsePhoneNumberFromString(`${stem}${String(tail).padStart(VARIED_DIGITS, '0')}`),
  ).flatMap((parsed) => (parsed?.isValid() ? [parsed.formatInternational()] : []));
  if (numbers.length === 0) throw new Error(`no valid variant of ${country}'s example number`);
  validNumbers.set(country, numbers);
  return numbers;
}

/** A valid mobile number of `country` (alpha-3; an unknown one gets a UK number). */
export function phoneFor(rng: Rng, country: string): string {
  return rng.pick(numbersOf(PHONE_COUNTRY[country] ?? 'GB'));
}
