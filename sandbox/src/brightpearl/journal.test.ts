import { testApi } from './test-support';

describe('Brightpearl simulator: journal entries (reference §9.3)', () => {
  const api = testApi();
  afterAll(() => api.sim.close());

  const entry = (overrides: Record<string, unknown> = {}) => ({
    journalType: 'JJ',
    journalDate: '2026-06-08',
    description: 'Gift card breakage',
    lines: [
      { nominalCode: '2200', debit: 12.5, description: 'Liability released' },
      { nominalCode: '4000', credit: '12.50' },
    ],
    ...overrides,
  });
  const post = (body: unknown) => api.post('/accounting-service/journal-entry', body);

  it('stores a balanced entry and answers its id', async () => {
    const res = await post(entry());
    expect(res.status).toBe(200);
    expect(res.headers['message-type']).toBe('post-journal-entry');
    expect(api.sim.state.journalEntries.get(res.body.response)).toMatchObject({
      journalType: 'JJ',
      journalDate: '2026-06-08',
      currencyId: 1,
      lines: [
        { nominalCode: '2200', debit: '12.50', credit: '0.00', description: 'Liability released' },
        { nominalCode: '4000', debit: '0.00', credit: '12.50' },
      ],
    });
  });

  it('refuses an unbalanced entry, a bad date, unknown codes and two-sided lines', async () => {
    const unbalanced = await post(
      entry({
        lines: [
          { nominalCode: '2200', debit: 10 },
          { nominalCode: '4000', credit: 9.99 },
        ],
      }),
    );
    expect(unbalanced.status).toBe(400);
    expect(unbalanced.body.errors[0]).toMatchObject({ code: 'ACCC-062' });
    const badDate = await post(entry({ journalDate: '08/06/2026' }));
    expect(badDate.body.errors[0].message).toMatch(/^journalDate: /);
    const noType = await post(entry({ journalType: '' }));
    expect(noType.body.errors[0].message).toMatch(/^journalType: /);
    const unknown = await post(
      entry({
        currencyId: 9,
        lines: [
          { nominalCode: '9999', debit: 1, credit: 1 },
          { nominalCode: '4000', credit: 1 },
        ],
      }),
    );
    expect(unknown.body.errors.map((e: { message: string }) => e.message)).toEqual([
      'currencyId: currency 9 does not exist',
      'lines.0.nominalCode: 9999 is not an active nominal code',
      'lines.0: exactly one of debit or credit must be above 0',
    ]);
    expect(api.sim.state.journalEntries.size).toBe(1);
  });
});
