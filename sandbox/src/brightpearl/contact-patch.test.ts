import { testApi } from './test-support';

describe('Brightpearl simulator: contact PATCH and updatedOn polling (reference §6.4)', () => {
  let now = Date.parse('2026-05-01T09:00:00Z');
  const api = testApi({ clock: () => now });
  const adaId = api.sim.seedContact({ email: 'ada@example.com', lastName: 'Lovelace' });
  const bobId = api.sim.seedContact({ email: 'bob@example.com', lastName: 'Babbage' });
  afterAll(() => api.sim.close());

  const patch = (id: number, body: unknown) => api.patch(`/contact-service/contact/${id}`, body);
  const replace = (path: string, value: unknown) => ({ op: 'replace', path, value });

  it('applies the operations and answers the whole contact, not array-wrapped', async () => {
    now = Date.parse('2026-05-02T10:00:00Z');
    const res = await patch(adaId, [
      replace('/firstName', 'Augusta'),
      replace('/communication/emails/PRI/email', 'augusta@example.com'),
      { op: 'add', path: '/communication/telephones/PRI', value: '+44 1234' },
      replace('/financialDetails/creditLimit', 2500),
      replace('/financialDetails/creditTermDays', 30),
    ]);
    expect(res.status).toBe(200);
    expect(res.headers['message-type']).toBe('patch-contact');
    expect(res.body.response).toMatchObject({
      contactId: adaId,
      firstName: 'Augusta',
      communication: {
        emails: { PRI: { email: 'augusta@example.com' } },
        telephones: { PRI: '+44 1234' },
      },
      financialDetails: { creditLimit: 2500, creditTermDays: 30 },
      updatedOn: '2026-05-02T10:00:00.000+00:00',
    });
    const [contact] = (await api.get(`/contact-service/contact/${adaId}`)).body.response;
    expect(contact.financialDetails).toMatchObject({ creditLimit: 2500, creditTermDays: 30 });
  });

  it('refuses a non-array body, unknown paths and bad values, changing nothing', async () => {
    const before = structuredClone(api.sim.state.contacts.get(bobId));
    const notArray = await patch(bobId, replace('/firstName', 'Charles'));
    expect(notArray.status).toBe(400);
    expect(notArray.body.errors[0].message).toMatch(/JSON-Patch array/);
    const unknownPath = await patch(bobId, [
      replace('/firstName', 'Charles'),
      replace('/nick', 'C'),
    ]);
    expect(unknownPath.body.errors[0].message).toMatch(/not a patchable contact path/);
    expect((await patch(bobId, [{ op: 'remove', path: '/lastName' }])).status).toBe(400);
    const absent = await patch(bobId, [replace('/communication/telephones/MOB', '07700')]);
    expect(absent.body.errors[0].message).toMatch(/use add/);
    expect((await patch(bobId, [replace('/financialDetails/creditTermDays', 1.5)])).status).toBe(
      400,
    );
    const failedTest = await patch(bobId, [
      replace('/firstName', 'Charles'),
      { op: 'test', path: '/lastName', value: 'Turing' },
    ]);
    expect(failedTest.body.errors[0].code).toBe('CONC-044');
    expect(api.sim.state.contacts.get(bobId)).toEqual(before);
    expect((await patch(999, [])).status).toBe(404);
  });

  it('finds edited contacts with updatedOn=from/ and sorts by updatedOn', async () => {
    now = Date.parse('2026-05-03T08:00:00Z');
    api.sim.updateContact(bobId, { firstName: 'Charles', creditLimit: 100 });
    expect(api.sim.state.contacts.get(bobId)).toMatchObject({
      firstName: 'Charles',
      creditLimit: 100,
      updatedOn: '2026-05-03T08:00:00.000+00:00',
    });
    const since = await api.get(
      '/contact-service/contact-search?updatedOn=2026-05-02T12:00:00Z/&columns=contactId,updatedOn',
    );
    expect(since.body.response.results).toEqual([[bobId, '2026-05-03T08:00:00.000+00:00']]);
    const sorted = await api.get(
      '/contact-service/contact-search?updatedOn=2026-05-01T00:00:00Z/&sort=updatedOn.DESC&columns=contactId',
    );
    expect(sorted.body.response.results).toEqual([[bobId], [adaId]]);
    // An edit that changes nothing keeps updatedOn.
    now = Date.parse('2026-05-04T08:00:00Z');
    api.sim.updateContact(bobId, { firstName: 'Charles' });
    expect(api.sim.state.contacts.get(bobId)?.updatedOn).toBe('2026-05-03T08:00:00.000+00:00');
  });
});
