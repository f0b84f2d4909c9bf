import { SearchResponse } from '@bpkc/shared-types';

import { testApi } from './test-support';

describe('Brightpearl simulator: product search paging over a large catalog', () => {
  const api = testApi();
  // Seeded in shuffled SKU order, so that id order is not the insertion-by-name order.
  const ids = api.sim.seedProducts(
    Array.from({ length: 1200 }, (_, index) => ({
      sku: `SKU-${(index * 7919) % 1200}`,
      name: `Product ${index}`,
      price: '1.00',
    })),
  );
  afterAll(() => api.sim.close());

  const page = async (query: string) => {
    const res = await api.get(`/product-service/product-search?${query}`);
    expect(res.status).toBe(200);
    return SearchResponse.parse(res.body).response;
  };

  it('walks 1,200 products in pages of 500, by productId ascending', async () => {
    const seen: number[] = [];
    let firstResult = 1;
    for (;;) {
      const { results, metaData } = await page(`pageSize=500&firstResult=${firstResult}`);
      expect(metaData.resultsAvailable).toBe(1200);
      seen.push(...results.map((row) => row[0] as number));
      if (!metaData.morePagesAvailable) break;
      firstResult = (metaData.lastResult ?? 0) + 1;
    }
    expect(seen).toEqual([...ids].sort((a, b) => a - b));
  });

  it('reports page boundaries, caps pageSize at 500 and honours sort', async () => {
    expect((await page('pageSize=500&firstResult=1001')).metaData).toMatchObject({
      resultsReturned: 200,
      firstResult: 1001,
      lastResult: 1200,
      morePagesAvailable: false,
    });
    expect((await page('pageSize=1000')).metaData).toMatchObject({
      resultsReturned: 500,
      morePagesAvailable: true,
    });
    const beyond = await page('firstResult=1201');
    expect(beyond.results).toEqual([]);
    const descending = await page('pageSize=3&sort=productId.DESC');
    expect(descending.results.map((row) => row[0])).toEqual([2201, 2200, 2199]);
  });
});
