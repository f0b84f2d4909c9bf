import { NOMINAL_CODES } from './journals/journal-entry';
import { testApi } from './test-support';

describe('Brightpearl simulator: lookups', () => {
  const api = testApi();
  const list = async (path: string) => {
    const res = await api.get(path);
    expect(res.status).toBe(200);
    return res.body.response;
  };

  it('serves the sandbox merchant reference data as {"response":[...]}', async () => {
    expect(await list('/product-service/channel')).toEqual([
      expect.objectContaining({
        id: 1,
        name: 'Kentico Web Store',
        defaultWarehouseId: 2,
        defaultPriceListId: 1,
      }),
    ]);
    expect(
      (await list('/warehouse-service/warehouse')).map((w: { name: string }) => w.name),
    ).toEqual(['Main Warehouse', 'Overflow']);
    expect(await list('/product-service/price-list')).toEqual([
      expect.objectContaining({ id: 0, priceListTypeCode: 'BUY' }),
      expect.objectContaining({
        id: 1,
        name: expect.objectContaining({ text: 'Retail GBP' }),
        priceListTypeCode: 'SELL',
        currencyCode: 'GBP',
        gross: false,
      }),
    ]);
    const statuses = await list('/order-service/order-status');
    expect(statuses.map((s: { statusId: number; name: string }) => [s.statusId, s.name])).toEqual([
      [1, 'Draft / Quote'],
      [2, 'New web order'],
      [3, 'Awaiting payment'],
      [4, 'Invoiced'],
      [5, 'Cancelled'],
    ]);
    expect(statuses[0].orderTypeCode).toBe('SO');
    expect(
      (await list('/warehouse-service/shipping-method')).map((m: { name: string }) => m.name),
    ).toEqual(['Royal Mail 1st Class', 'DPD Next Day', 'Click & Collect', 'International Tracked']);
    // Documented shape: no top-level id, the codes the sandbox mapping pays with.
    const paymentMethods = await list('/accounting-service/payment-method');
    expect(paymentMethods.map((m: { code: string }) => m.code)).toEqual([
      'CARD',
      'PAYPAL',
      'BANK',
      'CASH',
    ]);
    expect(paymentMethods[0]).toEqual({
      name: 'Card (web)',
      code: 'CARD',
      isActive: true,
      bankAccounts: [
        { paymentMethodId: 1, currencyIsoCode: 'GBP', bankAccountNominalCode: '1200' },
        { paymentMethodId: 1, currencyIsoCode: 'EUR', bankAccountNominalCode: '1210' },
      ],
      installedIntegrationId: '0',
    });
    const taxCodes = await list('/accounting-service/tax-code');
    expect(taxCodes.find((t: { code: string }) => t.code === 'T20').rate).toBe(20);
    expect(taxCodes.find((t: { code: string }) => t.code === 'N')).not.toHaveProperty('rate');
    expect(await list('/integration-service/account-configuration')).toMatchObject({
      baseCurrencyCode: 'GBP',
    });
  });

  it('narrows a lookup with a trailing id set', async () => {
    expect(
      (await list('/order-service/order-status/2-3')).map((s: { statusId: number }) => s.statusId),
    ).toEqual([2, 3]);
    expect((await list('/warehouse-service/warehouse/3')).map((w: { id: number }) => w.id)).toEqual(
      [3],
    );
    const methods = await list('/accounting-service/payment-method/2-3');
    expect(methods.map((m: { code: string }) => m.code)).toEqual(['PAYPAL', 'BANK']);
  });

  it('serves nominal codes in the documented shape, covering every code journals accept', async () => {
    const codes = await list('/accounting-service/nominal-code');
    expect(codes.find((c: { code: string }) => c.code === '4000')).toEqual({
      id: 7,
      code: '4000',
      name: 'Sales',
      type: { id: 7 },
      bank: false,
      expense: false,
      discount: false,
      editable: true,
      active: true,
      taxCode: 0,
      chartMapCode: '',
      reconcile: false,
    });
    expect(codes.map((c: { code: string }) => c.code)).toEqual(
      expect.arrayContaining([...NOMINAL_CODES]),
    );
    expect(codes.find((c: { code: string }) => c.code === '1200')).toMatchObject({
      bank: true,
      currencyId: 1,
    });
    const picked = await list('/accounting-service/nominal-code/3-4');
    expect(picked.map((c: { code: string }) => c.code)).toEqual(['1200', '1210']);
  });
});
