import { CONTACT_SEARCH_COLUMNS, decodeSearchRows, SearchResponse } from '@bpkc/shared-types';

import { testApi } from './test-support';

const address = {
  addressLine1: '5 Mill Lane',
  addressLine3: 'Leeds',
  postalCode: 'LS1 1AA',
  countryIsoCode: 'GBR',
};

describe('Brightpearl simulator: contacts and postal addresses', () => {
  const api = testApi();

  const createContact = async (email: string, extra: Record<string, unknown> = {}) => {
    const addressId = (await api.post('/contact-service/postal-address', address)).body.response;
    const res = await api.post('/contact-service/contact', {
      firstName: 'Grace',
      lastName: 'Hopper',
      postAddressIds: { DEF: addressId, BIL: addressId, DEL: addressId },
      communication: { emails: { PRI: { email } }, telephones: { PRI: '0113 000000' } },
      ...extra,
    });
    expect(res.status).toBe(200);
    return { contactId: res.body.response as number, addressId: addressId as number };
  };

  it('creates a postal address and serves it with ISO-2/ISO-3 and the owning contact', async () => {
    const { contactId, addressId } = await createContact('grace@example.com');
    const res = await api.get(`/contact-service/postal-address/${addressId}`);
    expect(res.body.response).toEqual([
      expect.objectContaining({
        addressId,
        contactId,
        addressLine1: '5 Mill Lane',
        countryIsoCode: 'GBR',
        countryIsoCode2: 'GB',
        countryId: 222,
      }),
    ]);
    expect((await api.get('/contact-service/postal-address/9999')).status).toBe(404);
  });

  it('serves the contact shape with pagination and sorting siblings', async () => {
    const { contactId, addressId } = await createContact('hopper@example.com');
    const res = await api.get(`/contact-service/contact/${contactId}`);
    expect(res.status).toBe(200);
    expect(res.body.response[0]).toMatchObject({
      contactId,
      firstName: 'Grace',
      postAddressIds: { DEF: addressId, BIL: addressId, DEL: addressId },
      communication: { emails: { PRI: { email: 'hopper@example.com' } } },
      relationshipToAccount: { isSupplier: false, isStaff: false },
      createdByid: 0,
    });
    expect(res.body.pagination).toEqual({
      morePagesAvailable: false,
      resultsReturned: 1,
      firstResult: 1,
      lastResult: 1,
    });
    expect(res.body.sorting).toEqual([{ field: 'contactId', direction: 'ASC' }]);
  });

  it('answers 404 CMNC-404 "No Contact Found" for unknown ids (unlike orders)', async () => {
    const res = await api.get('/contact-service/contact/1');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ errors: [{ code: 'CMNC-404', message: 'No Contact Found' }] });
  });

  it('rejects unknown postal address ids and invalid bodies with 400', async () => {
    const res = await api.post('/contact-service/contact', {
      lastName: 'X',
      postAddressIds: { DEF: 98765 },
    });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toContain('postAddressIds.DEF');
    const invalid = await api.post('/contact-service/contact', { postAddressIds: { DEF: 1 } });
    expect(invalid.body.errors[0]).toMatchObject({
      code: expect.stringMatching(/^CONC-/),
      message: expect.stringMatching(/^lastName: /),
    });
    const badCountry = await api.post('/contact-service/postal-address', {
      ...address,
      countryIsoCode: 'XXX',
    });
    expect(badCountry.status).toBe(400);
  });

  it('searches by primary e-mail case-insensitively, without enforcing uniqueness', async () => {
    await createContact('Dup@Example.com');
    await createContact('dup@example.com', {
      relationshipToAccount: { isCustomer: false, isSupplier: true },
    });
    const res = await api.get('/contact-service/contact-search?primaryEmail=DUP@example.COM');
    const parsed = SearchResponse.parse(res.body);
    expect(parsed.response.metaData.columns.map((column) => column.name)).toEqual([
      ...CONTACT_SEARCH_COLUMNS,
    ]);
    const rows = decodeSearchRows(parsed);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      isCustomer: true,
      isSupplier: false,
      isStaff: false,
      firstName: 'Grace',
    });
    expect(rows[1]).toMatchObject({
      isCustomer: false,
      isSupplier: true,
      primaryEmail: 'dup@example.com',
    });
    const none = SearchResponse.parse(
      (await api.get('/contact-service/contact-search?primaryEmail=nobody@x.com')).body,
    );
    expect(none.response.results).toEqual([]);
  });

  it('seedContact creates a searchable customer', async () => {
    const id = api.sim.seedContact({
      email: 'seeded@example.com',
      lastName: 'Seed',
      isStaff: true,
    });
    const rows = decodeSearchRows(
      SearchResponse.parse(
        (await api.get('/contact-service/contact-search?primaryEmail=seeded@example.com')).body,
      ),
    );
    expect(rows).toEqual([expect.objectContaining({ contactId: id, isStaff: true })]);
  });
});
