import type { Lookups, MappingConfig } from '@bpkc/shared-types';

import type { LookupReadOptions } from '../lookups';
import { createSilentLogger } from '../observability/logger';
import { createMappingAccountCheck } from './account-check';
import { testMapping } from './test-mappings';

function setup(channels: string[]) {
  let time = 0;
  const reads: LookupReadOptions[] = [];
  const current = { version: 1, mapping: testMapping() as MappingConfig };
  const lookups = {
    read: async (options: LookupReadOptions = {}): Promise<Lookups> => {
      reads.push(options);
      return {
        kentico: null,
        brightpearl: {
          orderStatuses: [{ value: '3', label: 'Awaiting payment' }],
          shippingMethods: [{ value: '1', label: 'Royal Mail' }],
          paymentMethods: [],
          warehouses: [{ value: '2', label: 'Main' }],
          channels: channels.map((value) => ({ value, label: `Channel ${value}` })),
          priceLists: [{ value: '1', label: 'Retail', gross: false }],
          taxCodes: [{ value: 'T20', label: 'T20' }],
          nominalCodes: [
            { value: '4000', label: '4000' },
            { value: '4040', label: '4040' },
          ],
        },
        fetchedAt: new Date(time).toISOString(),
        errors: [{ source: 'kentico', message: 'down' }],
      };
    },
  };
  const check = createMappingAccountCheck({
    lookups,
    mappings: { current: async () => current },
    logger: createSilentLogger(),
    now: () => time,
  });
  return { check, reads, current, advance: (ms: number) => (time += ms) };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('mapping account check', () => {
  it('on connect reads the lists again and remembers the findings of that version', async () => {
    const { check, reads } = setup(['5']);
    const result = await check.run('connect', { fresh: true });
    expect(reads[0]).toEqual({ maxAgeMs: { kentico: 0, brightpearl: 0 } });
    expect(result).toMatchObject({ mappingVersion: 1, checkedAt: new Date(0).toISOString() });
    expect(result.issues).toEqual([
      expect.objectContaining({ path: '', severity: 'warning' }),
      expect.objectContaining({ path: 'brightpearl.channelId', severity: 'error' }),
    ]);
    expect(check.latest()).toBe(result);
  });

  it('gives an order only the errors among its own paths, and only for the version checked', async () => {
    const { check, current } = setup(['5']);
    await check.run('start-up');
    expect(check.errorsAt(1, ['brightpearl.channelId', 'shippingMethods.Standard'])).toEqual([
      expect.objectContaining({ path: 'brightpearl.channelId' }),
    ]);
    expect(check.errorsAt(1, ['shippingMethods.Standard'])).toEqual([]);
    // A version saved elsewhere: unknown until checked (in the background), so nothing blocks.
    current.version = 2;
    expect(check.errorsAt(2, ['brightpearl.channelId'])).toEqual([]);
    await settle();
    await settle();
    expect(check.latest().mappingVersion).toBe(2);
    expect(check.errorsAt(2, ['brightpearl.channelId'])).toHaveLength(1);
  });

  it('re-checks a stale result in the background when an order asks', async () => {
    const { check, reads, advance } = setup(['1']);
    await check.run('start-up');
    check.errorsAt(1, []);
    expect(reads).toHaveLength(1);
    advance(10 * 60_000 + 1);
    check.errorsAt(1, []);
    await settle();
    expect(reads).toHaveLength(2);
  });

  it('shares one check among asks that come while it runs', async () => {
    const { check, reads } = setup(['1']);
    const [a, b] = await Promise.all([check.run('start-up'), check.run('save')]);
    expect(a).toBe(b);
    expect(reads).toHaveLength(1);
  });
});
