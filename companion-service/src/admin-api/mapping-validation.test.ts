import type { Lookups } from '@bpkc/shared-types';
import request from 'supertest';

import type { LookupReadOptions, LookupService } from '../lookups';
import { checkReferences } from './mapping-validation';
import { bearer, type Harness, MAPPING, openHarness, token } from './test-harness';

const VIEW = bearer(token(['view']));

describe('admin API: mapping validation', () => {
  let harness: Harness;
  const validate = (mapping: unknown) =>
    request(harness.app)
      .post('/api/v1/mappings/validate')
      .set('Authorization', VIEW)
      .send({ mapping });

  beforeAll(async () => {
    harness = await openHarness();
  });
  afterAll(() => harness.close());

  it('accepts a mapping whose every value exists, for a view-only token', async () => {
    const res = await validate(MAPPING).expect(200);
    expect(res.body).toEqual({ valid: true, issues: [] });
  });

  it('reports every schema problem with its dot-joined path', async () => {
    const broken = { ...MAPPING, brightpearl: { ...MAPPING.brightpearl, channelId: 'one' } };
    const res = await validate({ ...broken, currencies: [] }).expect(200);
    expect(res.body.valid).toBe(false);
    expect(res.body.issues.map((i: { path: string }) => i.path)).toEqual([
      'brightpearl.channelId',
      'currencies',
    ]);
    expect(res.body.issues[0]).toMatchObject({ severity: 'error', message: expect.any(String) });
    const notObject = await validate(null).expect(200);
    expect(notObject.body).toMatchObject({
      valid: false,
      issues: [{ path: '', severity: 'error' }],
    });
    const noDraft = await request(harness.app)
      .post('/api/v1/mappings/validate')
      .set('Authorization', VIEW)
      .send({})
      .expect(400);
    expect(noDraft.body.field).toBe('mapping');
  });

  it('names references that exist on neither platform', async () => {
    const res = await validate({
      ...MAPPING,
      brightpearl: { ...MAPPING.brightpearl, warehouseId: 7 },
      shippingMethods: { Standard: 99, standardx: 1, express: 2 },
      taxCodes: { '20': 'T99' },
      payments: { methods: { Card: 'CARDS' } },
    }).expect(200);
    expect(res.body.valid).toBe(false);
    expect(res.body.issues).toEqual(
      expect.arrayContaining([
        error('shippingMethods.standardx', '"standardx" is not a Kentico shipping method'),
        error(
          'shippingMethods.express',
          '"express" is not a Kentico shipping method (did you mean "Express"?)',
        ),
        // Brightpearl values are named with what the account has instead.
        error(
          'shippingMethods.Standard',
          'Brightpearl shipping method 99 does not exist (the account has 1 "Royal Mail", 2 "DPD")',
        ),
        error(
          'brightpearl.warehouseId',
          'Brightpearl warehouse 7 does not exist (the account has 2 "Main", 3 "Overflow")',
        ),
        error(
          'taxCodes.20',
          'Brightpearl tax code "T99" does not exist (the account has T20 — Standard (20%), N — Not taxable)',
        ),
        error(
          'payments.methods.Card',
          'Brightpearl payment method "CARDS" does not exist (the account has CARD "Card")',
        ),
      ]),
    );
    expect(res.body.issues).toHaveLength(6);
  });

  it('checks price list, price mode and nominal codes against the account', async () => {
    const res = await validate({
      ...MAPPING,
      brightpearl: {
        ...MAPPING.brightpearl,
        priceMode: 'INC',
        salesNominalCode: '4001',
        shippingNominalCode: '4040',
      },
      payments: {
        feeJournal: { journalType: 'JJ', feeNominalCode: '7901', bankNominalCode: '1200' },
      },
    }).expect(200);
    expect(res.body.valid).toBe(false);
    const accountHas = '(the account has 4000 — Sales, 4040 — Shipping)';
    expect(res.body.issues).toEqual([
      error(
        'brightpearl.salesNominalCode',
        `Brightpearl nominal code "4001" does not exist ${accountHas}`,
      ),
      error(
        'payments.feeJournal.feeNominalCode',
        `Brightpearl nominal code "7901" does not exist ${accountHas}`,
      ),
      error(
        'payments.feeJournal.bankNominalCode',
        `Brightpearl nominal code "1200" does not exist ${accountHas}`,
      ),
      error(
        'brightpearl.priceMode',
        'priceMode "INC" (gross) but price list 1 "Retail (GBP, net)" is net: set priceMode "EXC" or pick a gross list',
      ),
    ]);
    const unknownList = await validate({
      ...MAPPING,
      brightpearl: { ...MAPPING.brightpearl, priceListId: 7 },
    }).expect(200);
    expect(unknownList.body.issues).toEqual([
      error(
        'brightpearl.priceListId',
        'Brightpearl price list 7 does not exist (the account has 1 "Retail (GBP, net)")',
      ),
    ]);
  });

  it('turns the checks of a side whose lists are unavailable into one warning', async () => {
    harness.platforms.brightpearl.failure = new Error('Brightpearl failed');
    await request(harness.app)
      .get('/api/v1/lookups?refresh=true')
      .set('Authorization', VIEW)
      .expect(200);
    const res = await validate({ ...MAPPING, shippingMethods: { Standard: 99 } }).expect(200);
    expect(res.body).toEqual({
      valid: true,
      issues: [
        {
          path: '',
          severity: 'warning',
          message:
            'Brightpearl lists are unavailable (Brightpearl failed): its values were not checked',
        },
      ],
    });
    harness.platforms.brightpearl.failure = null;
    await request(harness.app)
      .get('/api/v1/lookups?refresh=true')
      .set('Authorization', VIEW)
      .expect(200);
  });

  it('PUT refuses an unknown reference with 400 naming its field, storing nothing', async () => {
    const res = await request(harness.app)
      .put('/api/v1/mappings')
      .set('Authorization', bearer())
      .send({ mapping: { ...MAPPING, shippingMethods: { Standard: 99 } } })
      .expect(400);
    expect(res.body).toEqual({
      error:
        'invalid body field "mapping.shippingMethods.Standard": Brightpearl shipping method 99 does not exist (the account has 1 "Royal Mail", 2 "DPD")',
      field: 'mapping.shippingMethods.Standard',
    });
    expect((await harness.mappings.current()).version).toBe(1);
  });

  it('PUT names every wrong field in one refusal, the first as `field`', async () => {
    const res = await request(harness.app)
      .put('/api/v1/mappings')
      .set('Authorization', bearer())
      .send({
        mapping: {
          ...MAPPING,
          brightpearl: { ...MAPPING.brightpearl, channelId: 9, salesNominalCode: '4999' },
        },
      })
      .expect(400);
    expect(res.body.field).toBe('mapping.brightpearl.channelId');
    expect(res.body.error).toBe(
      'invalid body fields (2): "mapping.brightpearl.channelId": Brightpearl channel 9 does not exist (the account has 1 "Web store"); ' +
        '"mapping.brightpearl.salesNominalCode": Brightpearl nominal code "4999" does not exist (the account has 4000 — Sales, 4040 — Shipping)',
    );
    expect((await harness.mappings.current()).version).toBe(1);
  });
});

function error(path: string, message: string) {
  return { path, message, severity: 'error' };
}

describe('mapping references against lists cached a while ago', () => {
  const lists = (shipping: string[]): Lookups => ({
    kentico: {
      orderStatuses: [{ value: 'Pending', label: 'Pending' }],
      shippingMethods: shipping.map((name) => ({ value: name, label: name })),
      paymentMethods: [],
    },
    brightpearl: null,
    fetchedAt: new Date().toISOString(),
    errors: [{ source: 'brightpearl', message: 'down' }],
  });

  it('reads the Kentico lists again (they cost no budget) before refusing an unknown value', async () => {
    const reads: LookupReadOptions[] = [];
    const lookups: LookupService = {
      read: async (options = {}) => {
        reads.push(options);
        // The merchant added Bicycle after the cached lists were read.
        return lists(reads.length === 1 ? ['Standard'] : ['Standard', 'Bicycle']);
      },
    };
    const result = await checkReferences(lookups, {
      ...MAPPING,
      shippingMethods: { Standard: 1, Bicycle: 1 },
    });
    expect(reads).toEqual([{}, { maxAgeMs: { kentico: 0 } }]);
    expect(result).toEqual({
      valid: true,
      issues: [expect.objectContaining({ path: '', severity: 'warning' })],
    });
  });
});
