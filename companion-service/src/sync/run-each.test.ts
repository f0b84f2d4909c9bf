import { runEach } from './run-each';

describe('runEach', () => {
  it('returns every count when all sweeps succeed', async () => {
    await expect(runEach({ a: async () => 1, b: async () => 2 })).resolves.toEqual({ a: 1, b: 2 });
  });

  it('runs the later sweeps after one throws, then rethrows the first error', async () => {
    const ran: string[] = [];
    const sweeps = {
      credits: async () => {
        ran.push('credits');
        throw new Error('Kentico refused credit 7');
      },
      contacts: async () => (ran.push('contacts'), 3),
      shipments: async () => {
        ran.push('shipments');
        throw new Error('second failure');
      },
      statuses: async () => (ran.push('statuses'), 4),
    };
    await expect(runEach(sweeps)).rejects.toThrow('Kentico refused credit 7');
    expect(ran).toEqual(['credits', 'contacts', 'shipments', 'statuses']);
  });
});
