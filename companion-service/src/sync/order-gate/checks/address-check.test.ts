import type { CheckContext } from './check';
import { checkAddresses } from './address-check';
import { address, allChecks, testOrder } from './test-order';

const run = (addresses: ReturnType<typeof address>[]) =>
  checkAddresses({
    order: testOrder({ Addresses: addresses }),
    config: allChecks('warn'),
  } as CheckContext);

const shipTo = (country: string, zip: string) =>
  run([
    address('Billing'),
    address('Shipping', { OrderAddressCountryThreeLetterCode: country, OrderAddressZip: zip }),
  ]);

describe('address check', () => {
  it('finds nothing wrong with complete UK addresses', () => {
    expect(run([address('Billing'), address('Shipping')])).toEqual([]);
  });

  it.each([
    ['GBR', 'SW1A 1AA'],
    ['GBR', 'sw1a1aa'],
    ['GBR', 'M1 1AE'],
    ['USA', '10001'],
    ['USA', '10001-1234'],
    ['CAN', 'K1A 0B1'],
    ['DEU', '10115'],
    ['FRA', '75008'],
    ['NLD', '1012 AB'],
    ['IRL', 'D02 X285'],
    ['IRL', 'D6W 1234'],
    ['AUS', '2000'],
    ['ESP', '28013'],
    ['ITA', '00184'],
    ['BEL', '1000'],
    ['SWE', '114 55'],
    ['DNK', '1050'],
    ['NOR', '0150'],
    ['CHE', '8001'],
    ['AUT', '1010'],
    ['POL', '00-950'],
    ['PRT', '1100-148'],
    ['JPN', '100-0001'],
    ['NZL', '6011'],
  ])('accepts the %s postcode %s', (country, zip) => {
    expect(shipTo(country, zip)).toEqual([]);
  });

  it.each([
    ['GBR', 'SW1A 1A', 'United Kingdom'],
    ['USA', '1000', 'United States'],
    ['CAN', 'D1A 0B1', 'Canada'],
    ['DEU', '1011', 'Germany'],
    ['FRA', '7500 8', 'France'],
    ['NLD', '0123 AB', 'Netherlands'],
    ['IRL', 'B12 3456', 'Ireland'],
    ['AUS', '20000', 'Australia'],
    ['ESP', '53001', 'Spain'],
    ['ITA', '0018', 'Italy'],
    ['BEL', '0999', 'Belgium'],
    ['SWE', '1145', 'Sweden'],
    ['DNK', '105', 'Denmark'],
    ['NOR', 'N-0150', 'Norway'],
    ['CHE', '80011', 'Switzerland'],
    ['AUT', '0101', 'Austria'],
    ['POL', '00950', 'Poland'],
    ['PRT', '1100', 'Portugal'],
    ['JPN', '1000-001', 'Japan'],
    ['NZL', '601', 'New Zealand'],
  ])('rejects the %s postcode %s, naming the value and the country', (country, zip, name) => {
    expect(shipTo(country, zip)).toEqual([
      {
        reason: expect.stringContaining(`Postcode "${zip}" is not a valid ${name} postcode`),
        field: 'Addresses.Shipping.OrderAddressZip',
      },
    ]);
  });

  it('requires a postcode where the country uses one, not in Ireland or unknown countries', () => {
    expect(shipTo('USA', ' ')).toEqual([
      {
        reason: 'Shipping address has no postcode, which United States addresses need',
        field: 'Addresses.Shipping.OrderAddressZip',
      },
    ]);
    expect(shipTo('IRL', '')).toEqual([]);
    expect(shipTo('ARE', '')).toEqual([]);
    // Not in the format table: any postcode goes, only required fields are checked.
    expect(shipTo('ARE', 'whatever')).toEqual([]);
  });

  it('reports each missing required field of billing and shipping', () => {
    const problems = run([
      address('Billing', {
        OrderAddressFirstName: '',
        OrderAddressLastName: ' ',
        OrderAddressCity: '',
      }),
      address('Shipping', { OrderAddressLine1: '', OrderAddressCountryThreeLetterCode: '' }),
    ]);
    expect(problems).toEqual([
      { reason: 'Billing address has no name', field: 'Addresses.Billing.OrderAddressFirstName' },
      { reason: 'Billing address has no city', field: 'Addresses.Billing.OrderAddressCity' },
      {
        reason: 'Shipping address has no street (line 1)',
        field: 'Addresses.Shipping.OrderAddressLine1',
      },
      {
        reason: 'Shipping address has no country',
        field: 'Addresses.Shipping.OrderAddressCountryThreeLetterCode',
      },
    ]);
  });

  it('accepts a company name in place of a person', () => {
    const company = address('Billing', {
      OrderAddressFirstName: '',
      OrderAddressLastName: '',
      OrderAddressCompany: 'Acme Ltd',
    });
    expect(run([company])).toEqual([]);
  });

  it('names an unknown country code', () => {
    expect(run([address('Billing', { OrderAddressCountryThreeLetterCode: 'XYZ' })])).toEqual([
      {
        reason: 'Billing address country "XYZ" is not a known ISO 3166 country code',
        field: 'Addresses.Billing.OrderAddressCountryThreeLetterCode',
      },
    ]);
  });

  it('reports an order without a billing address; no shipping address means ship to billing', () => {
    expect(run([address('Shipping')])).toEqual([
      { reason: 'The order has no Billing address', field: 'Addresses' },
    ]);
    expect(run([address('Billing')])).toEqual([]);
  });
});
