import { createContactRecordsApi } from './contact-records-api';
import { BrightpearlValidationError } from './errors';
import type { Transport } from './http';
import { searchBody } from './test-support/search-body';
import type { ContactPatchOperation } from './contact-types';
import { useLifecycleStub } from './test-support/lifecycle-stub';

const bp = useLifecycleStub();
const RECORDED_ID = 151499;

test('decodes the recorded contact', async () => {
  await expect(bp.client.getContacts([RECORDED_ID])).resolves.toEqual([
    {
      contactId: RECORDED_ID,
      firstName: 'john',
      lastName: 'Doe',
      email: 'test@gmail.com',
      phone: '+50685698589',
      creditLimit: 0,
      creditTermDays: 0,
      updatedOn: '2025-08-28T14:59:22.970-06:00',
    },
  ]);
  expect(bp.stub.requests.map((r) => r.url)).toEqual([`/contact-service/contact/${RECORDED_ID}`]);
});

test('gets contacts in chunks of 200, following pages; 404 means none', async () => {
  const ids = Array.from({ length: 250 }, (_, i) => 250 - i);
  const contacts = await bp.client.getContacts(ids);
  expect(contacts.map((c) => c.contactId)).toEqual([...ids].reverse());
  expect(contacts[0]).toMatchObject({ firstName: 'F1', email: null, creditLimit: null });
  expect(bp.stub.requests.map((r) => r.url)).toEqual([
    '/contact-service/contact/1-200',
    '/contact-service/contact/1-200?firstResult=151',
    '/contact-service/contact/201-250',
  ]);
  await expect(bp.client.getContacts([99999])).resolves.toEqual([]);
});

test('patches with a top-level JSON-Patch array; replace under /communication goes as add', async () => {
  const operations: ContactPatchOperation[] = [
    { op: 'replace', path: '/firstName', value: 'Ann' },
    { op: 'replace', path: '/communication/telephones/MOB', value: '0707' },
    { op: 'remove', path: '/communication/telephones/PRI' },
  ];
  const contact = await bp.client.patchContact(RECORDED_ID, operations);
  const request = bp.stub.requests[0];
  expect(request).toMatchObject({
    method: 'PATCH',
    url: `/contact-service/contact/${RECORDED_ID}`,
  });
  expect(Array.isArray(request?.body)).toBe(true);
  expect(request?.body).toEqual([
    operations[0],
    { op: 'add', path: '/communication/telephones/MOB', value: '0707' },
    operations[2],
  ]);
  expect(contact).toMatchObject({ contactId: RECORDED_ID, firstName: 'Ann', phone: null });
});

test('refuses malformed operations without calling', async () => {
  const invalid: ContactPatchOperation[][] = [
    [],
    [{ op: 'add', path: '/firstName' }],
    [{ op: 'remove', path: '/firstName', value: 'x' }],
    [{ op: 'replace', path: 'firstName', value: 'x' }],
    // Not documented as patchable (reference §6.4): Brightpearl would refuse the whole PATCH.
    [
      { op: 'add', path: '/firstName', value: 'Ann' },
      { op: 'add', path: '/financialDetails/creditLimit', value: 2500 },
    ],
    [{ op: 'replace', path: '/financialDetails/creditTermDays', value: 30 }],
    [{ op: 'remove', path: '/lastName' }],
    [{ op: 'add', path: '/marketingDetails/isReceiveEmailNewsletter', value: true }],
  ];
  for (const operations of invalid) {
    await expect(bp.client.patchContact(RECORDED_ID, operations)).rejects.toBeInstanceOf(
      BrightpearlValidationError,
    );
  }
  expect(bp.stub.requests).toHaveLength(0);
});

test('lists contacts updated since a time, oldest update first, through every page', async () => {
  const { rows, shifted } = await bp.client.searchContactsUpdatedSince('2026-01-01T00:00:00Z');
  // The later the id, the earlier its update in the stub; the recorded contact is older.
  expect(rows.map((row) => row.contactId)).toEqual(Array.from({ length: 250 }, (_, i) => 250 - i));
  expect(rows.every((row) => !Number.isNaN(Date.parse(row.updatedOn)))).toBe(true);
  expect(shifted).toBe(false);
  expect(bp.stub.requests.map((r) => r.query)).toEqual(
    ['1', '101', '201'].map((firstResult) => ({
      updatedOn: '2026-01-01T00:00:00Z/',
      sort: 'updatedOn.ASC',
      pageSize: '500',
      firstResult,
    })),
  );
});

test('reports a contact updated while the pages were read (it moved, and may have hidden a row)', async () => {
  const columns = ['contactId', 'updatedOn'];
  const pages = [
    searchBody({ columns, rows: [row(1, 1), row(2, 2)], morePagesAvailable: true }),
    searchBody({ columns, rows: [row(3, 4), row(1, 5)], firstResult: 3 }),
  ];
  const transport: Transport = { send: async () => ({ status: 200, body: pages.shift() }) };
  const api = createContactRecordsApi(transport);
  await expect(api.searchContactsUpdatedSince('2026-01-01T00:00:00Z')).resolves.toEqual({
    rows: [
      { contactId: 1, updatedOn: at(5) },
      { contactId: 2, updatedOn: at(2) },
      { contactId: 3, updatedOn: at(4) },
    ],
    shifted: true,
  });

  function row(contactId: number, second: number) {
    return { contactId, updatedOn: at(second) };
  }
  function at(second: number) {
    return `2026-05-01T10:00:0${second}.000-06:00`;
  }
});
