import { createBrightpearlClient } from './client';
import { BrightpearlProtocolError } from './errors';
import { startStub, type Stub } from './test-support/stub-server';
import type { BrightpearlClient } from './types';

// Recorded / documented shapes (reference §11; payment methods from the API docs' example).
const ANSWERS: Record<string, unknown> = {
  '/order-service/order-status': [
    {
      statusId: 1,
      name: 'Draft / Quote',
      orderTypeCode: 'SO',
      sortOrder: 0,
      disabled: false,
      visible: false,
      color: '#E7E6E4',
      state: 'draft',
    },
  ],
  '/warehouse-service/shipping-method': [
    { id: 2, name: 'Parcel Force', code: 'PRCLFRC', breaks: '1000,2000', methodType: 1 },
  ],
  '/accounting-service/payment-method': [
    {
      name: 'Sage Pay UK',
      code: 'SAGEPAY_UK',
      isActive: true,
      bankAccounts: [
        { paymentMethodId: 1, currencyIsoCode: 'GBP', bankAccountNominalCode: '1200' },
      ],
      installedIntegrationId: '1',
    },
  ],
  '/warehouse-service/warehouse': [{ id: 4, name: 'Finishing Warehouse', address: {} }],
  '/product-service/channel': [{ id: 3, name: 'Ebay Channel', channelTypeId: 5 }],
  '/product-service/price-list': [
    {
      id: 1,
      name: { languageCode: 'en', text: 'Cost CRC', format: 'PLAINTEXT' },
      code: 'COST CRC',
      currencyCode: 'CRC',
      priceListTypeCode: 'BUY',
      gross: false,
    },
  ],
  '/accounting-service/tax-code': [
    { id: 2, code: 'T', description: 'Taxable', rate: 10.0 },
    { id: 5, code: 'E', description: 'Exempt' },
  ],
  // api-docs accounting/nominal-code/get.html, example 1.
  '/accounting-service/nominal-code': [
    {
      id: 1,
      code: '0010',
      name: 'Freehold property',
      type: { id: 5 },
      bank: false,
      expense: false,
      discount: false,
      editable: true,
      active: true,
      taxCode: 0,
      chartMapCode: 'nonsense',
      reconcile: false,
    },
  ],
};

describe('Brightpearl lookups', () => {
  let stub: Stub;
  let client: BrightpearlClient;
  /** Per path: answer a record that breaks the schema, or 404 CMNC-404 (nothing set up). */
  const misbehave = new Map<string, 'broken' | 'missing'>();

  beforeAll(async () => {
    stub = await startStub((router) => {
      for (const [path, response] of Object.entries(ANSWERS)) {
        router.get(path, (_req, res) => {
          const mode = misbehave.get(path);
          if (mode === 'broken') return void res.json({ response: [{ nonsense: true }] });
          if (mode === 'missing') {
            return void res
              .status(404)
              .json({ errors: [{ code: 'CMNC-404', message: 'Not found' }] });
          }
          res.json({ response });
        });
      }
    });
    client = createBrightpearlClient({
      baseUrl: stub.baseUrl,
      auth: { mode: 'account-token', appRef: 'app', accountToken: 'secret-token' },
    });
  });
  afterAll(() => stub.close());
  beforeEach(() => stub.requests.splice(0));

  it('reads each list with one GET of its documented path, keeping the record as sent', async () => {
    expect(await client.getOrderStatuses()).toEqual(ANSWERS['/order-service/order-status']);
    expect(await client.getShippingMethods()).toEqual(
      ANSWERS['/warehouse-service/shipping-method'],
    );
    expect(await client.getPaymentMethods()).toEqual(ANSWERS['/accounting-service/payment-method']);
    expect(await client.getWarehouses()).toEqual(ANSWERS['/warehouse-service/warehouse']);
    expect(await client.getChannels()).toEqual(ANSWERS['/product-service/channel']);
    expect(await client.getPriceLists()).toEqual(ANSWERS['/product-service/price-list']);
    expect(await client.getTaxCodes()).toEqual(ANSWERS['/accounting-service/tax-code']);
    expect(await client.getNominalCodes()).toEqual(ANSWERS['/accounting-service/nominal-code']);
    expect(stub.requests.map((request) => `${request.method} ${request.url}`)).toEqual(
      Object.keys(ANSWERS).map((path) => `GET ${path}`),
    );
  });

  it('reads an account without the list (404 CMNC-404) as empty, and refuses a broken record', async () => {
    misbehave.set('/product-service/price-list', 'missing');
    await expect(client.getPriceLists()).resolves.toEqual([]);
    misbehave.set('/product-service/channel', 'broken');
    await expect(client.getChannels()).rejects.toBeInstanceOf(BrightpearlProtocolError);
    misbehave.clear();
  });
});
