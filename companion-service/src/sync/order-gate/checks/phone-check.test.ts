import type { CheckContext } from './check';
import { checkPhones } from './phone-check';
import { address, testOrder } from './test-order';

const run = (overrides: Record<string, unknown>) =>
  checkPhones({ order: testOrder(overrides) } as CheckContext);

const shippingPhone = (country: string, phone: string | null) =>
  run({
    Addresses: [
      address('Billing'),
      address('Shipping', {
        OrderAddressCountryThreeLetterCode: country,
        OrderAddressPhone: phone,
      }),
    ],
  });

describe('phone check', () => {
  it.each([
    ['GBR', '0113 496 0000'],
    ['GBR', '+44 20 7946 0000'],
    ['USA', '(212) 555-2368'],
    ['DEU', '030 1234567'],
    ['FRA', '01 23 45 67 89'],
    ['AUS', '02 9876 5432'],
    ['JPN', '03-1234-5678'],
    // An international number stands on its own, whatever the address country.
    ['GBR', '+33 1 23 45 67 89'],
    // No table entry in libphonenumber for Antarctica: a + number still parses.
    ['ATA', '+44 20 7946 0000'],
  ])('accepts the %s number %s', (country, phone) => {
    expect(shippingPhone(country, phone)).toEqual([]);
  });

  it.each([
    ['GBR', '0113 496', 'United Kingdom'],
    ['USA', '555-0199', 'United States'],
    ['DEU', '12', 'Germany'],
    ['FRA', '01 23 45', 'France'],
    ['GBR', 'call me', 'United Kingdom'],
  ])('rejects the %s number %s, naming it and the country', (country, phone, name) => {
    expect(shippingPhone(country, phone)).toEqual([
      {
        reason: `Phone number "${phone}" is not a valid phone number for ${name}`,
        field: 'Addresses.Shipping.OrderAddressPhone',
      },
    ]);
  });

  it('does not report an empty phone', () => {
    expect(shippingPhone('GBR', null)).toEqual([]);
    expect(shippingPhone('GBR', '  ')).toEqual([]);
  });

  it("reads the customer's phone with the billing country", () => {
    const customer = (phone: string) => ({
      ...testOrder().Customer,
      CustomerPhone: phone,
    });
    expect(run({ Customer: customer('020 7946 0000') })).toEqual([]);
    expect(run({ Customer: customer('020 794') })).toEqual([
      {
        reason: 'Phone number "020 794" is not a valid phone number for United Kingdom',
        field: 'Customer.CustomerPhone',
      },
    ]);
  });
});
