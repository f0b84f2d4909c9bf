import type { CatalogRecord } from '../../brightpearl';
import { createSilentLogger } from '../../observability/logger';
import { migrate, type Store } from '../../store';
import { openTestStore, testBackends, type TestStore } from '../../store/test-stores';
import {
  listProductSamples,
  PRODUCT_SAMPLE_LIMIT,
  readProductSample,
  recordProductSamples,
} from './product-samples';

// eslint-disable-next-line no-restricted-properties -- injected by the test runner, never by the service
const POSTGRES_URL = process.env.TEST_DATABASE_URL;
const logger = createSilentLogger();

const recordOf = (productId: number, sku = `SKU-${productId}`): CatalogRecord => ({
  productId,
  sku,
  name: `Product ${productId}`,
  status: 'LIVE',
  productGroupId: null,
  variations: [],
  stockTracked: true,
  taxCode: 'T20',
});
const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, index) => recordOf(from + index));

describe.each(testBackends(POSTGRES_URL))('product preview samples ($name)', (backend) => {
  let handle: TestStore;
  let store: Store;

  beforeEach(async () => {
    handle = await openTestStore(backend, logger);
    store = handle.store;
    await migrate(store, logger);
  });
  afterEach(() => handle.dispose());

  const keptIds = async () =>
    (await listProductSamples(store, 1_000)).map((sample) => sample.record.productId);

  it(`keeps only the ${PRODUCT_SAMPLE_LIMIT} most recently read products, newest first`, async () => {
    await recordProductSamples(store, range(1, 40), null);
    await recordProductSamples(store, range(41, 60), null);
    const kept = await keptIds();
    expect(kept).toHaveLength(PRODUCT_SAMPLE_LIMIT);
    // The second round first, then the newest of the first round; 1 to 10 were pruned.
    expect(kept.slice(0, 20)).toEqual(
      range(41, 60)
        .map((r) => r.productId)
        .reverse(),
    );
    expect(Math.min(...kept)).toBe(11);
    expect(await readProductSample(store, 'SKU-10')).toBeUndefined();
  });

  it('keeps the newest of one large round only, and each product once', async () => {
    await recordProductSamples(store, range(1, 200), null);
    await recordProductSamples(store, [recordOf(200), recordOf(199)], null);
    const kept = await keptIds();
    expect(kept).toHaveLength(PRODUCT_SAMPLE_LIMIT);
    expect(kept.slice(0, 2)).toEqual([200, 199]);
    expect(new Set(kept).size).toBe(kept.length);
  });

  it('stores the price read with its price list, and replaces a renamed SKU', async () => {
    const prices = new Map([
      [7, 12.5],
      [8, null],
    ]);
    await recordProductSamples(store, [recordOf(7), recordOf(8)], { priceListId: 3, prices });
    expect(await readProductSample(store, 'SKU-7')).toMatchObject({
      record: recordOf(7),
      price: 12.5,
      priceListId: 3,
    });
    expect(await readProductSample(store, 'SKU-8')).toMatchObject({ price: null, priceListId: 3 });

    await recordProductSamples(store, [recordOf(7, 'SKU-7-NEW'), recordOf(9, 'SKU-8')], null);
    expect(await readProductSample(store, 'SKU-7')).toBeUndefined();
    expect(await readProductSample(store, 'SKU-7-NEW')).toMatchObject({
      price: null,
      priceListId: null,
    });
    expect((await readProductSample(store, 'SKU-8'))?.record.productId).toBe(9);
    expect((await keptIds()).sort()).toEqual([7, 9]);
  });

  it('ignores a record without a SKU', async () => {
    await recordProductSamples(store, [recordOf(5, '')], null);
    expect(await keptIds()).toEqual([]);
  });
});
