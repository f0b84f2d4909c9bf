import request from 'supertest';
import type { Response } from 'supertest';

import { createBrightpearlSimulator } from './simulator';
import type { BrightpearlSimulator } from './simulator';
import type { BrightpearlSimulatorOptions } from './options';

/** Test-only helpers shared by the colocated *.test.ts files. */
export const PREFIX = '/public-api/sandbox';

export const TOKEN_HEADERS = {
  'brightpearl-app-ref': 'bpconnect-test',
  'brightpearl-account-token': 'sandbox-token',
};

export interface TestApi {
  sim: BrightpearlSimulator;
  get(path: string): Promise<Response>;
  post(path: string, body: unknown): Promise<Response>;
  put(path: string, body: unknown): Promise<Response>;
  patch(path: string, body: unknown): Promise<Response>;
  del(path: string): Promise<Response>;
  options(path: string): Promise<Response>;
}

export function testApi(options: BrightpearlSimulatorOptions = {}): TestApi {
  const sim = createBrightpearlSimulator(options);
  return {
    sim,
    get: (path) =>
      request(sim.app)
        .get(PREFIX + path)
        .set(TOKEN_HEADERS),
    post: (path, body) =>
      request(sim.app)
        .post(PREFIX + path)
        .set(TOKEN_HEADERS)
        .send(body as object),
    put: (path, body) =>
      request(sim.app)
        .put(PREFIX + path)
        .set(TOKEN_HEADERS)
        .send(body as object),
    patch: (path, body) =>
      request(sim.app)
        .patch(PREFIX + path)
        .set(TOKEN_HEADERS)
        .send(body as object),
    del: (path) =>
      request(sim.app)
        .delete(PREFIX + path)
        .set(TOKEN_HEADERS),
    options: (path) =>
      request(sim.app)
        .options(PREFIX + path)
        .set(TOKEN_HEADERS),
  };
}

export const ADDRESS = {
  addressFullName: 'Ada Lovelace',
  addressLine1: '12 Analytical Row',
  addressLine3: 'London',
  postalCode: 'N1 9GU',
  countryIsoCode: 'GBR',
};

/** A seeded customer, two products (one stock tracked) and a valid order body factory. */
export function seedShop(api: TestApi) {
  const customerId = api.sim.seedContact({
    email: 'ada@example.com',
    firstName: 'Ada',
    lastName: 'Lovelace',
  });
  const [widgetId = 0, serviceId = 0] = api.sim.seedProducts([
    { sku: 'WIDGET-1', name: 'Widget', price: '10.00' },
    { sku: 'GIFTWRAP', name: 'Gift wrap', price: '2.50', taxCode: 'T20', stockTracked: false },
  ]);
  const orderBody = (overrides: Record<string, unknown> = {}) => ({
    customer: { id: customerId, address: ADDRESS },
    ref: 'WEB-1001',
    externalRef: 'kentico-1001',
    installedIntegrationInstanceId: 11,
    channelId: 1,
    warehouseId: 2,
    statusId: 2,
    priceListId: 1,
    priceModeCode: 'EXC',
    currency: { code: 'GBP', fixedExchangeRate: true, exchangeRate: '1' },
    delivery: { address: ADDRESS, shippingMethodId: 2 },
    rows: [
      { productId: widgetId, quantity: '2', taxCode: 'T20', net: '20.00', tax: '4.00' },
      { productId: serviceId, quantity: '1', taxCode: 'T20', net: '2.50', tax: '0.50' },
      {
        name: 'Shipping',
        quantity: '1',
        taxCode: 'T20',
        net: '4.99',
        tax: '1.00',
        nominalCode: '4040',
      },
    ],
    ...overrides,
  });
  return { customerId, widgetId, serviceId, orderBody };
}
