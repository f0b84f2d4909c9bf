import { fetchIsolatingBadIds } from './bisect';
import { BrightpearlServerError, BrightpearlValidationError } from './errors';

// The HTTP path is covered in warehouse-api.test.ts; this sweeps every position cheaply.
const endpoint = 'GET /warehouse-service/product-availability/{idSet}';
const rejected = () => new BrightpearlValidationError({ endpoint, status: 400, errors: [] });

function fakeFetch(bad: Set<number>) {
  const calls: number[][] = [];
  const fetch = async (ids: number[]) => {
    calls.push(ids);
    if (ids.some((id) => bad.has(id))) throw rejected();
    return ids;
  };
  return { calls, fetch };
}

const ids = Array.from({ length: 200 }, (_, i) => i + 1);

test('one bad id anywhere in 200 costs at most 2·log2(200) + 1 calls', async () => {
  let worst = 0;
  for (const bad of ids) {
    const { calls, fetch } = fakeFetch(new Set([bad]));
    const { results, badIds } = await fetchIsolatingBadIds(ids, fetch);
    expect(badIds).toEqual([bad]);
    expect(results.flat().sort((a, b) => a - b)).toEqual(ids.filter((id) => id !== bad));
    worst = Math.max(worst, calls.length);
  }
  expect(worst).toBeLessThanOrEqual(2 * Math.log2(200) + 1);
});

test('a clean set costs one call; an empty one none', async () => {
  const { calls, fetch } = fakeFetch(new Set());
  await expect(fetchIsolatingBadIds(ids, fetch)).resolves.toEqual({ results: [ids], badIds: [] });
  await expect(fetchIsolatingBadIds([], fetch)).resolves.toEqual({ results: [], badIds: [] });
  expect(calls).toHaveLength(1);
});

test('every id bad: isolated while under the failure cap, rethrown past it', async () => {
  const { fetch } = fakeFetch(new Set([1, 2, 3, 4]));
  await expect(fetchIsolatingBadIds([1, 2, 3, 4], fetch)).resolves.toMatchObject({
    badIds: [1, 2, 3, 4],
  });
  const capped = fakeFetch(new Set(ids));
  await expect(fetchIsolatingBadIds(ids, capped.fetch, 10)).rejects.toBeInstanceOf(
    BrightpearlValidationError,
  );
  expect(capped.calls).toHaveLength(11);
});

test('other errors are not bisected', async () => {
  const calls: number[][] = [];
  const failing = async (set: number[]) => {
    calls.push(set);
    throw new BrightpearlServerError({ endpoint, status: 500 });
  };
  await expect(fetchIsolatingBadIds(ids, failing)).rejects.toBeInstanceOf(BrightpearlServerError);
  expect(calls).toHaveLength(1);
});
