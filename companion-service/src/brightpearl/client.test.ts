import { parseIdSet } from '@bpkc/shared-types';
import type { SalesOrderCreate } from '@bpkc/shared-types';

import { createBrightpearlClient } from './client';
import { BrightpearlValidationError } from './errors';
import { searchBody } from './test-support/search-body';
import { startStub } from './test-support/stub-server';
import type { Stub } from './test-support/stub-server';
import type { BrightpearlClient } from './types';

const ORDER_COLUMNS = ['customerRef', 'externalRef', 'orderStatusId', 'orderId', 'contactId'];
const PRODUCT_COLUMNS = ['productName', 'SKU', 'EAN', 'productId'];
const CONTACT_COLUMNS = ['isCustomer', 'primaryEmail', 'isStaff', 'firstName', 'contactId', 'isSupplier'];
const CATALOG = ['P-1', 'P-2', 'P-3', 'P-4', 'P-5'].map((sku, i) => ({ productId: 100 + i, SKU: sku }));

const ORDER: SalesOrderCreate = {
  customer: { id: 11 },
  externalRef: '8f2c0000-0000-0000-0000-000000000001',
  rows: [{ name: 'Widget', quantity: '1', taxCode: 'T20', net: '10', tax: '2' }],
};

let stub: Stub;
let client: BrightpearlClient;

beforeAll(async () => {
  stub = await startStub((router) => {
    router.get('/order-service/order-search', (req, res) => {
      const rows = [
        { orderId: 322, externalRef: req.query.externalRef, customerRef: '#1', contactId: 5 },
        { orderId: 323, externalRef: `${String(req.query.externalRef)}-other`, contactId: 5 },
      ];
      res.json(searchBody({ columns: ORDER_COLUMNS, rows }));
    });
    router.post('/order-service/sales-order', (_req, res) => res.json({ response: 4711 }));
    router.get('/order-service/order/:idSet', (req, res) => {
      const ids = parseIdSet(String(req.params.idSet));
      if (ids.every((id) => id > 1000)) {
        res.status(404).json({ errors: [{ code: 'CMNC-404', message: 'Not found' }] });
        return;
      }
      res.json({ response: ids.filter((id) => id <= 1000).map((id) => ({ id })) });
    });
    router.get('/contact-service/contact-search', (req, res) => {
      const email = String(req.query.primaryEmail);
      const rows = [
        { contactId: 7, primaryEmail: email.toUpperCase(), isStaff: false, isSupplier: false, isCustomer: true },
        { contactId: 8, primaryEmail: `jo${email}`, isStaff: false, isSupplier: false, isCustomer: true },
        { contactId: 9, primaryEmail: email, isStaff: true, isSupplier: null, isCustomer: false },
      ];
      res.json(searchBody({ columns: CONTACT_COLUMNS, rows }));
    });
    router.post('/contact-service/postal-address', (_req, res) => res.json({ response: 123 }));
    router.post('/contact-service/contact', (_req, res) => res.json({ response: 288 }));
    router.get('/product-service/product-search', (req, res) => {
      if (req.query.SKU !== undefined) {
        const rows = CATALOG.filter((p) => p.SKU === req.query.SKU);
        if (req.query.SKU === 'A&B 1') rows.push({ productId: 42, SKU: 'A&B 1' });
        res.json(searchBody({ columns: PRODUCT_COLUMNS, rows }));
        return;
      }
      const first = Number(req.query.firstResult);
      const size = Number(req.query.pageSize);
      const rows = CATALOG.slice(first - 1, first - 1 + size);
      const morePagesAvailable = first - 1 + size < CATALOG.length;
      res.json(searchBody({ columns: PRODUCT_COLUMNS, rows, firstResult: first, morePagesAvailable }));
    });
  });
  client = createBrightpearlClient({
    baseUrl: stub.baseUrl,
    auth: { mode: 'account-token', appRef: 'app', accountToken: 'secret-token' },
  });
});

afterAll(() => stub.close());
beforeEach(() => stub.requests.splice(0));

test('sends the private-app headers', async () => {
  await client.findOrderIdsByExternalRef('x');
  const headers = stub.requests[0]?.headers;
  expect(headers?.['brightpearl-app-ref']).toBe('app');
  expect(headers?.['brightpearl-account-token']).toBe('secret-token');
  expect(headers?.authorization).toBeUndefined();
});

test('sends the OAuth headers with a token resolved per call', async () => {
  const oauth = createBrightpearlClient({
    baseUrl: stub.baseUrl,
    auth: { mode: 'oauth', appRef: 'app', devRef: 'dev', accessToken: async () => 'tok-1' },
  });
  await oauth.findOrderIdsByExternalRef('x');
  const headers = stub.requests[0]?.headers;
  expect(headers?.authorization).toBe('Bearer tok-1');
  expect(headers?.['brightpearl-app-ref']).toBe('app');
  expect(headers?.['brightpearl-dev-ref']).toBe('dev');
  expect(headers?.['brightpearl-account-token']).toBeUndefined();
});

test('finds orders by externalRef, decoding rows by column name', async () => {
  const ids = await client.findOrderIdsByExternalRef(ORDER.externalRef!);
  expect(ids).toEqual([322]);
  expect(stub.requests[0]?.query.externalRef).toBe(ORDER.externalRef);
});

test('creates a sales order and returns its id', async () => {
  await expect(client.createSalesOrder(ORDER)).resolves.toBe(4711);
  expect(stub.requests[0]?.body).toMatchObject({ customer: { id: 11 }, externalRef: ORDER.externalRef });
});

test('refuses an invalid sales order before spending budget', async () => {
  const before = client.stats().callsMade;
  const invalid = { ...ORDER, rows: [] } as SalesOrderCreate;
  const error = await client.createSalesOrder(invalid).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(BrightpearlValidationError);
  expect(error).toMatchObject({ retryable: false, local: true });
  expect(stub.requests).toHaveLength(0);
  expect(client.stats().callsMade).toBe(before);
});

test('gets orders in id-set chunks of 200 and treats 404 as none', async () => {
  const ids = Array.from({ length: 250 }, (_, i) => i + 1);
  const orders = await client.getOrders([...ids, 5, 3]);
  expect(orders).toHaveLength(250);
  expect(stub.requests.map((r) => r.url)).toEqual(['/order-service/order/1-200', '/order-service/order/201-250']);
  await expect(client.getOrders([5000, 5002])).resolves.toEqual([]);
  await expect(client.getOrders([])).resolves.toEqual([]);
});

test('searches contacts by email: URL-encoded, exact matches only', async () => {
  const email = 'ann+shop&co@example.com';
  const rows = await client.searchContactsByEmail(email);
  expect(stub.requests[0]?.query.primaryEmail).toBe(email);
  expect(stub.requests[0]?.url).toContain('%26');
  expect(rows).toEqual([
    { contactId: 7, primaryEmail: email.toUpperCase(), isStaff: false, isSupplier: false, isCustomer: true },
    { contactId: 9, primaryEmail: email, isStaff: true, isSupplier: false, isCustomer: false },
  ]);
});

test('creates a postal address and a contact', async () => {
  const addressId = await client.createPostalAddress({ addressLine1: '1 Main St', countryIsoCode: 'GBR' });
  const contactId = await client.createContact({ lastName: 'Doe', postAddressIds: { DEF: addressId } });
  expect([addressId, contactId]).toEqual([123, 288]);
});

test('finds a product id by SKU, URL-encoding "&"', async () => {
  await expect(client.findProductIdBySku('A&B 1')).resolves.toBe(42);
  expect(stub.requests[0]?.url).toContain('SKU=A%26B');
  await expect(client.findProductIdBySku('P-3')).resolves.toBe(102);
  await expect(client.findProductIdBySku('NOPE')).resolves.toBeNull();
});

test('walks the catalog page by page', async () => {
  const skus: string[] = [];
  let firstResult: number | null = 1;
  while (firstResult !== null) {
    const page = await client.searchProducts({ firstResult, pageSize: 2 });
    skus.push(...page.rows.map((row) => row.sku));
    expect(page.morePagesAvailable).toBe(page.nextFirstResult !== null);
    firstResult = page.nextFirstResult;
  }
  expect(skus).toEqual(CATALOG.map((p) => p.SKU));
  expect(stub.requests).toHaveLength(3);
  await expect(client.searchProducts({ firstResult: 1, pageSize: 501 })).rejects.toBeInstanceOf(
    BrightpearlValidationError,
  );
});

test('counts calls per endpoint', () => {
  const { byEndpoint } = client.stats();
  expect(byEndpoint['GET /product-service/product-search']).toBeGreaterThan(0);
  expect(byEndpoint['POST /order-service/sales-order']).toBe(1);
});
