import { readFileSync } from 'node:fs';
import path from 'node:path';

import { BRIGHTPEARL_HEADERS, MappingConfig, type SalesOrderCreate } from '@bpkc/shared-types';

import type { BrightpearlAuth } from './auth';
import { createBrightpearlClient } from './client';
import { startStub, type Stub } from './test-support/stub-server';

const ORDER: SalesOrderCreate = {
  customer: { id: 200 },
  externalRef: 'KC-1001',
  rows: [{ productId: 1007, quantity: '1', taxCode: 'T', net: '10', tax: '2' }],
};

/** Brightpearl as recorded: every answer names the installed integration's instance. */
async function brightpearlAnswering(instanceId: string | null): Promise<Stub> {
  return startStub((router) => {
    router.use((_req, res, next) => {
      if (instanceId !== null) res.set(BRIGHTPEARL_HEADERS.instanceId, instanceId);
      next();
    });
    router.get('/integration-service/webhook', (_req, res) => {
      res.json({ response: [] });
    });
    router.post('/order-service/sales-order', (_req, res) => {
      res.json({ response: 4711 });
    });
    router.post('/order-service/sales-credit', (_req, res) => {
      res.json({ response: 4712 });
    });
  });
}

const ACCOUNT_TOKEN: BrightpearlAuth = { mode: 'account-token', appRef: 'app', accountToken: 't' };
const sentBodies = (stub: Stub) =>
  stub.requests.filter((request) => request.method === 'POST').map((request) => request.body);

describe('the installed integration id comes from Brightpearl, not from the mapping', () => {
  let stub: Stub;
  afterEach(() => stub.close());

  it('sends the id the answers carry with orders and credits', async () => {
    stub = await brightpearlAnswering('13');
    const client = createBrightpearlClient({ baseUrl: stub.baseUrl, auth: ACCOUNT_TOKEN });
    await client.listWebhooks();
    await client.createSalesOrder(ORDER);
    await client.createSalesCredit({ ...ORDER, externalRef: 'KC-1001-R', parentId: 4711 });
    expect(sentBodies(stub)).toEqual([
      expect.objectContaining({ externalRef: 'KC-1001', installedIntegrationInstanceId: 13 }),
      expect.objectContaining({ externalRef: 'KC-1001-R', installedIntegrationInstanceId: 13 }),
    ]);
  });

  it('keeps an id set in the mapping (an override)', async () => {
    stub = await brightpearlAnswering('13');
    const client = createBrightpearlClient({ baseUrl: stub.baseUrl, auth: ACCOUNT_TOKEN });
    await client.listWebhooks();
    await client.createSalesOrder({ ...ORDER, installedIntegrationInstanceId: 7 });
    expect(sentBodies(stub)).toEqual([
      expect.objectContaining({ installedIntegrationInstanceId: 7 }),
    ]);
  });

  it('uses the id of the OAuth connect before any answer arrived', async () => {
    stub = await brightpearlAnswering(null);
    const auth: BrightpearlAuth = {
      mode: 'oauth',
      appRef: 'app',
      devRef: 'dev',
      accessToken: 'token',
      installationInstanceId: () => Promise.resolve(21),
    };
    const client = createBrightpearlClient({ baseUrl: stub.baseUrl, auth });
    await client.createSalesOrder(ORDER);
    expect(sentBodies(stub)).toEqual([
      expect.objectContaining({ installedIntegrationInstanceId: 21 }),
    ]);
  });

  it('sends none when Brightpearl has named no installation', async () => {
    stub = await brightpearlAnswering('not-a-number');
    const client = createBrightpearlClient({ baseUrl: stub.baseUrl, auth: ACCOUNT_TOKEN });
    await client.listWebhooks();
    await client.createSalesOrder(ORDER);
    expect(sentBodies(stub)[0]).not.toHaveProperty('installedIntegrationInstanceId');
  });

  it('is not typed into the example mapping; mappings saved with it still load', () => {
    const file = path.join(__dirname, '../../../docs/mapping.example.json');
    const example = MappingConfig.parse(JSON.parse(readFileSync(file, 'utf8')));
    expect(example.brightpearl).not.toHaveProperty('installedIntegrationInstanceId');
    const saved = {
      ...example,
      brightpearl: { ...example.brightpearl, installedIntegrationInstanceId: 11 },
    };
    expect(MappingConfig.parse(saved).brightpearl.installedIntegrationInstanceId).toBe(11);
  });
});
