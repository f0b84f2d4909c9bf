import { parseIdSet } from '@bpkc/shared-types';

import { BrightpearlValidationError } from './errors';
import { useCatalogStub } from './test-support/catalog-stub';
import { MAX_IDS_PER_AVAILABILITY } from './warehouse-api';

const catalog = useCatalogStub();

const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);
const idSetsSent = () =>
  catalog.stub.requests.map((r) => r.url.replace('/warehouse-service/product-availability/', ''));

test('chunks at 200 ids per call, as compact id sets', async () => {
  expect(MAX_IDS_PER_AVAILABILITY).toBe(200);
  const ids = [...range(1, 450), 1000, 1002, 1003, 1004].reverse();
  const { availability, missingProductIds } = await catalog.client.getAvailability([...ids, 5]);
  expect(idSetsSent()).toEqual(['1-200', '201-400', '401-450,1000,1002-1004']);
  expect(missingProductIds).toEqual([]);
  // 7, 14, … are not stock tracked: absent from the answer, so absent from the map.
  expect(availability.has(7)).toBe(false);
  expect(availability.size).toBe(454 - 64);
  const figures = { onHand: 1, allocated: 1, inStock: 2 };
  expect(availability.get(1)).toEqual({ total: figures, warehouses: new Map([[2, figures]]) });
});

test('10,000 SKUs cost 50 calls (benchmark target: at most 60)', async () => {
  const { availability } = await catalog.client.getAvailability(range(1, 10_000));
  expect(catalog.stub.requests).toHaveLength(50);
  expect(availability.size).toBe(10_000 - Math.floor(10_000 / 7));
});

test.each([201, 300, 400])(
  'bisection isolates one bad id (%i) in a 200-id chunk with few calls',
  async (bad) => {
    catalog.state.badIds.add(bad);
    const ids = range(201, 200);
    const { availability, missingProductIds } = await catalog.client.getAvailability(ids);
    expect(missingProductIds).toEqual([bad]);
    const expected = ids.filter((id) => id !== bad && id % 7 !== 0);
    expect([...availability.keys()].sort((a, b) => a - b)).toEqual(expected);
    expect(catalog.stub.requests.length).toBeLessThanOrEqual(2 * Math.log2(200) + 1);
    // Every good id was in exactly one successful call (those without the bad id).
    const answered = idSetsSent()
      .map((set) => parseIdSet(set))
      .filter((set) => !set.includes(bad))
      .flat();
    expect(answered.sort((a, b) => a - b)).toEqual(ids.filter((id) => id !== bad));
  },
);

test('isolates several bad ids across chunks, leaving clean chunks alone', async () => {
  [3, 150, 151, 333].forEach((id) => catalog.state.badIds.add(id));
  const { availability, missingProductIds } = await catalog.client.getAvailability(range(1, 600));
  expect(missingProductIds).toEqual([3, 150, 151, 333]);
  expect(availability.size).toBe(600 - 85 - 4);
  expect(idSetsSent()).toContain('401-600');
  expect(idSetsSent().filter((set) => set.startsWith('401'))).toHaveLength(1);
});

test('a 400 that every id set gets is rethrown after a bounded number of calls', async () => {
  catalog.state.rejectAll = true;
  await expect(catalog.client.getAvailability(range(1, 200))).rejects.toBeInstanceOf(
    BrightpearlValidationError,
  );
  expect(catalog.stub.requests.length).toBeLessThanOrEqual(65);
});

test('no ids, no call; invalid ids refused before any call', async () => {
  const empty = await catalog.client.getAvailability([]);
  expect(empty).toEqual({ availability: new Map(), missingProductIds: [] });
  await expect(catalog.client.getAvailability([1, -2])).rejects.toMatchObject({ local: true });
  expect(catalog.stub.requests).toHaveLength(0);
});
