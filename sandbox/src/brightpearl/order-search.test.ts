import { decodeSearchRows, ORDER_SEARCH_COLUMNS, SearchResponse } from '@bpkc/shared-types';

import { seedShop, testApi } from './test-support';

describe('Brightpearl simulator: order search', () => {
  const api = testApi();
  const shop = seedShop(api);
  const ids: number[] = [];

  beforeAll(async () => {
    for (let i = 1; i <= 5; i++) {
      const body = shop.orderBody({
        externalRef: `ext-${i}`,
        ref: `WEB-${i}`,
        statusId: i === 5 ? 3 : 2,
      });
      const res = await api.post('/order-service/sales-order', body);
      ids.push(res.body.response);
    }
  });

  const search = async (query: string) => {
    const res = await api.get(`/order-service/order-search?${query}`);
    expect(res.status).toBe(200);
    expect(res.headers['message-type']).toBe('bulk-data-search');
    const parsed = SearchResponse.parse(res.body);
    return { parsed, rows: decodeSearchRows(parsed) };
  };

  it('returns positional rows with the documented columns and a reference block', async () => {
    const { parsed, rows } = await search('externalRef=ext-3');
    expect(parsed.response.metaData.columns.map((column) => column.name)).toEqual([
      ...ORDER_SEARCH_COLUMNS,
    ]);
    expect(parsed.response.metaData.columns[0]).toMatchObject({
      sortable: true,
      filterable: true,
      reportDataType: 'IDSET',
    });
    expect(rows).toEqual([
      expect.objectContaining({
        orderId: ids[2],
        orderTypeId: 1,
        contactId: shop.customerId,
        orderStatusId: 2,
        customerRef: 'WEB-3',
        externalRef: 'ext-3',
        installedIntegrationInstanceId: 11,
        warehouseId: 2,
      }),
    ]);
    expect(parsed.response.metaData).toMatchObject({
      resultsAvailable: 1,
      resultsReturned: 1,
      firstResult: 1,
      lastResult: 1,
      morePagesAvailable: false,
    });
    expect(parsed.reference).toMatchObject({
      orderStatusNames: { '2': 'New web order' },
      orderTypeNames: { '1': 'SALES_ORDER' },
    });
  });

  it('filters by customerRef, IDSET, INTEGER and PERIOD columns', async () => {
    expect((await search('customerRef=WEB-4')).rows.map((row) => row['orderId'])).toEqual([ids[3]]);
    expect((await search(`orderId=${ids[0]}-${ids[1]},${ids[4]}`)).rows).toHaveLength(3);
    expect((await search('orderStatusId=3')).rows.map((row) => row['orderId'])).toEqual([ids[4]]);
    expect((await search(`contactId=${shop.customerId}`)).rows).toHaveLength(5);
    expect((await search('createdOn=2000-01-01T00:00:00Z/')).rows).toHaveLength(5);
    expect((await search('updatedOn=/2000-01-01T00:00:00Z')).rows).toHaveLength(0);
  });

  it('pages with pageSize and 1-based firstResult, and sorts', async () => {
    const first = await search('pageSize=2');
    expect(first.parsed.response.metaData).toMatchObject({
      morePagesAvailable: true,
      resultsAvailable: 5,
      resultsReturned: 2,
      firstResult: 1,
      lastResult: 2,
    });
    const last = await search('pageSize=2&firstResult=5');
    expect(last.parsed.response.metaData).toMatchObject({
      morePagesAvailable: false,
      resultsReturned: 1,
      firstResult: 5,
      lastResult: 5,
    });
    const sorted = await search('sort=orderId.DESC&pageSize=1');
    expect(sorted.rows[0]?.['orderId']).toBe(ids[4]);
  });

  it('answers an empty result without firstResult/lastResult', async () => {
    const { parsed } = await search('externalRef=missing');
    expect(parsed.response.results).toEqual([]);
    expect(parsed.response.metaData.resultsAvailable).toBe(0);
    expect(parsed.response.metaData).not.toHaveProperty('firstResult');
    expect(parsed.response.metaData).not.toHaveProperty('lastResult');
  });

  it('answers 500 CMNC-018 for an unparseable filter', async () => {
    const res = await api.get('/order-service/order-search?orderStatusId=BAD%20PARAM');
    expect(res.status).toBe(500);
    expect(res.body).toEqual({
      errors: [
        {
          code: 'CMNC-018',
          message: 'The filter orderStatusId=BAD PARAM cannot be parsed as: INTEGER',
        },
      ],
    });
    expect((await api.get('/order-service/order-search?updatedOn=yesterday')).status).toBe(500);
  });

  it('serves sales-order-search with the salesOrderId id column', async () => {
    const res = await api.get(`/order-service/sales-order-search?salesOrderId=${ids[1]}`);
    const rows = decodeSearchRows(SearchResponse.parse(res.body));
    expect(rows).toEqual([expect.objectContaining({ salesOrderId: ids[1], externalRef: 'ext-2' })]);
  });
});
