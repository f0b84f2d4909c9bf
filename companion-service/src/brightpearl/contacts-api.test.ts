import { useAccountStub } from './test-support/account-stub';

const account = useAccountStub();

test('searches contacts by email: URL-encoded, exact matches only', async () => {
  const email = 'ann+shop&co@example.com';
  const rows = await account.client.searchContactsByEmail(email);
  expect(account.stub.requests[0]?.query.primaryEmail).toBe(email);
  expect(account.stub.requests[0]?.url).toContain('%26');
  const flags = { isStaff: false, isSupplier: false, isCustomer: true };
  // Names and primary telephone come with the row: a found contact's identity, without a GET.
  const unset = { firstName: '', lastName: '', phone: null };
  expect(rows).toEqual([
    {
      contactId: 7,
      primaryEmail: email.toUpperCase(),
      ...flags,
      firstName: 'Ann',
      lastName: 'Lee',
      phone: '0123',
    },
    {
      contactId: 9,
      primaryEmail: email,
      isStaff: true,
      isSupplier: false,
      isCustomer: false,
      ...unset,
    },
  ]);
});

test('creates a postal address and a contact', async () => {
  const { client } = account;
  const addressId = await client.createPostalAddress({
    addressLine1: '1 Main St',
    countryIsoCode: 'GBR',
  });
  const contactId = await client.createContact({
    lastName: 'Doe',
    postAddressIds: { DEF: addressId },
  });
  expect([addressId, contactId]).toEqual([123, 288]);
  expect(account.stub.requests.map((r) => r.body)).toEqual([
    { addressLine1: '1 Main St', countryIsoCode: 'GBR' },
    { lastName: 'Doe', postAddressIds: { DEF: 123 } },
  ]);
});
