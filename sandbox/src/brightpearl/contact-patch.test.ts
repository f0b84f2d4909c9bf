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
      replace('/marketingDetails/isReceiveEmailNewsletter', true),
      replace('/leadTime', 5),
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
      marketingDetails: { isReceiveEmailNewsletter: true },
      leadTime: 5,
      updatedOn: '2026-05-02T10:00:00.000+00:00',
    });
    const [contact] = (await api.get(`/contact-service/contact/${adaId}`)).body.response;
    expect(contact.firstName).toBe('Augusta');
  });

  it.each([
    ['add', '/financialDetails/creditLimit', 2500],
    ['replace', '/financialDetails/creditTermDays', 30],
    ['add', '/nick', 'C'],
    ['remove', '/lastName', undefined],
    ['add', '/marketingDetails/isReceiveEmailNewsletter', true],
    ['add', '/companyId', 7],
  ])(
    'refuses %s on %s, which the docs do not list, as Brightpearl does: 500 CMNC-044, nothing changed',
    async (op, path, value) => {
      const before = structuredClone(api.sim.state.contacts.get(bobId));
      const res = await patch(bobId, [
        replace('/firstName', 'Charles'),
        { op, path, ...(value === undefined ? {} : { value }) },
      ]);
      expect(res.status).toBe(500);
      expect(res.body.errors).toEqual([
        { code: 'CMNC-044', message: `Invalid patch operation (${op}) for given path (${path})` },
      ]);
      expect(api.sim.state.contacts.get(bobId)).toEqual(before);
    },
  );

  it('refuses a move from a path that cannot be removed', async () => {
    const res = await patch(bobId, [
      { op: 'move', from: '/lastName', path: '/communication/telephones/SEC' },
    ]);
    expect(res.body.errors[0]).toMatchObject({ code: 'CMNC-044' });
  });

  it('refuses a non-array body and bad values, changing nothing', async () => {
    const before = structuredClone(api.sim.state.contacts.get(bobId));
    const notArray = await patch(bobId, replace('/firstName', 'Charles'));
    expect(notArray.status).toBe(400);
    expect(notArray.body.errors[0].message).toMatch(/JSON-Patch array/);
    expect((await patch(bobId, [replace('/lastName', '')])).status).toBe(400);
    const absent = await patch(bobId, [replace('/communication/telephones/MOB', '07700')]);
    expect(absent.body.errors[0].message).toMatch(/use add/);
    expect((await patch(bobId, [replace('/leadTime', 1.5)])).status).toBe(400);
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
    // Credit terms as a user sets them on the contact record: no API path, still an update.
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
    api.sim.updateContact(bobId, { firstName: 'Charles', creditLimit: 100 });
    expect(api.sim.state.contacts.get(bobId)?.updatedOn).toBe('2026-05-03T08:00:00.000+00:00');
    now = Date.parse('2026-05-05T08:00:00Z');
    api.sim.updateContact(bobId, { creditTermDays: 30 });
    expect(api.sim.state.contacts.get(bobId)).toMatchObject({
      creditTermDays: 30,
      updatedOn: '2026-05-05T08:00:00.000+00:00',
    });
  });
});
