import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

import { defaultCatalog } from './catalog';
import { createOrderGenerator } from './order-generator';
import { phoneFor } from './phones';
import { createRng } from './prng';

const ALPHA2: Record<string, 'GB' | 'IE' | 'FR' | 'DE' | 'US'> = {
  GBR: 'GB',
  IRL: 'IE',
  FRA: 'FR',
  DEU: 'DE',
  USA: 'US',
};

/** As the companion's phone check reads a number: with the address's country, max metadata. */
const validFor = (phone: string, alpha3: string) =>
  parsePhoneNumberFromString(phone, ALPHA2[alpha3])?.isValid() ?? false;

describe('generated phone numbers', () => {
  it('are valid numbers of each generated country, and varied', () => {
    const rng = createRng(11);
    for (const country of Object.keys(ALPHA2)) {
      const numbers = Array.from({ length: 50 }, () => phoneFor(rng, country));
      const invalid = numbers.filter((phone) => !validFor(phone, country));
      expect({ country, invalid }).toEqual({ country, invalid: [] });
      expect(new Set(numbers).size).toBeGreaterThan(40);
    }
  });

  it('give a UK number for a country the generator does not know', () => {
    expect(validFor(phoneFor(createRng(1), 'ATA'), 'GBR')).toBe(true);
  });

  it('never make the phone check flag a generated order', () => {
    const generator = createOrderGenerator({ seed: 5, catalog: defaultCatalog(20) });
    const flagged: string[] = [];
    let phones = 0;
    for (let i = 0; i < 500; i += 1) {
      const order = generator.nextOrder();
      const billing = order.billingAddress;
      const shipping = order.shippingAddress ?? billing;
      const customerPhone = order.customer.phone;
      for (const [phone, country] of [
        [billing.phone ?? customerPhone, billing.country],
        [shipping.phone ?? customerPhone, shipping.country],
        [customerPhone, billing.country],
      ] as const) {
        if (!phone) continue;
        phones += 1;
        if (!validFor(phone, country)) flagged.push(`${phone} (${country})`);
      }
    }
    expect(phones).toBeGreaterThan(500);
    expect(flagged).toEqual([]);
  });
});
