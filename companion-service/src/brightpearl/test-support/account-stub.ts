import { parseIdSet } from '@bpkc/shared-types';
import type { Router } from 'express';

import { createBrightpearlClient } from '../client';
import type { BrightpearlClient } from '../types';
import { searchBody } from './search-body';
import { startStub } from './stub-server';
import type { Stub } from './stub-server';

// Column orders are shuffled on purpose: decoding must go by name.
const ORDER_COLUMNS = ['customerRef', 'externalRef', 'orderStatusId', 'orderId', 'contactId'];
const PRODUCT_COLUMNS = ['productName', 'SKU', 'EAN', 'productId'];
const CONTACT_COLUMNS = [
  'isCustomer',
  'primaryEmail',
  'firstName',
  'isStaff',
  'contactId',
  'lastName',
  'isSupplier',
  'pri',
];

export const CATALOG = ['P-1', 'P-2', 'P-3', 'P-4', 'P-5'].map((sku, i) => ({
  productId: 100 + i,
  SKU: sku,
}));

/** One account's worth of canned answers for the client's API tests. */
function routes(router: Router): void {
  router.get('/order-service/order-search', (req, res) => {
    const ref = String(req.query.externalRef);
    const rows = [
      { orderId: 322, externalRef: ref, customerRef: '#1', contactId: 5 },
      { orderId: 323, externalRef: `${ref}-other`, contactId: 5 },
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
    const customer = { isStaff: false, isSupplier: false, isCustomer: true };
    const rows = [
      {
        contactId: 7,
        primaryEmail: email.toUpperCase(),
        ...customer,
        firstName: 'Ann',
        lastName: 'Lee',
        pri: '0123',
      },
      { contactId: 8, primaryEmail: `jo${email}`, ...customer },
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
    res.json(
      searchBody({ columns: PRODUCT_COLUMNS, rows, firstResult: first, morePagesAvailable }),
    );
  });
}

export interface AccountFixture {
  stub: Stub;
  client: BrightpearlClient;
}

/** Starts the stub and a client for the test file; requests are cleared before each test. */
export function useAccountStub(): AccountFixture {
  const fixture = {} as AccountFixture;
  beforeAll(async () => {
    fixture.stub = await startStub(routes);
    fixture.client = createBrightpearlClient({
      baseUrl: fixture.stub.baseUrl,
      auth: { mode: 'account-token', appRef: 'app', accountToken: 'secret-token' },
    });
  });
  afterAll(() => fixture.stub.close());
  beforeEach(() => fixture.stub.requests.splice(0));
  return fixture;
}
