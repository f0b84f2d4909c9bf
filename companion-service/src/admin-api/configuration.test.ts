import request from 'supertest';

import { recordDeadLetter } from '../dead-letters/dead-letter-repository';
import { bearer, type Harness, MAPPING, openHarness, token } from './test-harness';

describe('admin API: configuration export, import, templates and suggestions', () => {
  let harness: Harness;
  const api = () => request(harness.app);
  const get = (path: string) => api().get(`/api/v1${path}`).set('Authorization', bearer());
  const post = (path: string, body: object, auth = bearer()) =>
    api().post(`/api/v1${path}`).set('Authorization', auth).send(body);
  const exported = async () => (await get('/configuration/export').expect(200)).body;
  const auditActions = async () =>
    (await harness.store.query<{ action: string }>(`SELECT action FROM audit_log ORDER BY id`)).map(
      (row) => row.action,
    );

  beforeAll(async () => {
    harness = await openHarness();
  });
  afterAll(() => harness.close());

  it('offers templates on first setup, and exports the current version as one document', async () => {
    expect((await get('/configuration').expect(200)).body).toEqual({
      currentVersion: 1,
      firstSetup: true,
      installationId: 'shop-test',
    });
    expect(await exported()).toEqual({
      kind: 'brightpearl-kentico-connect/configuration',
      formatVersion: 1,
      exportedAt: expect.any(String),
      source: { installationId: 'shop-test', mappingVersion: 1 },
      configuration: MAPPING,
    });
  });

  it('answers a wrong file with issues (200), and refuses to import it (400), storing nothing', async () => {
    const wrong = await post('/configuration/import/preview', { document: { kind: 'other' } });
    expect(wrong.status).toBe(200);
    expect(wrong.body).toMatchObject({ valid: false, changes: [], baseVersion: 1 });
    expect(wrong.body.issues[0]).toMatchObject({ path: 'kind', severity: 'error' });
    const document = await exported();
    const future = await post('/configuration/import/preview', {
      document: { ...document, formatVersion: 2 },
    });
    expect(future.body.issues[0].path).toBe('formatVersion');
    const typo = { ...document, configuration: { ...document.configuration, currencies: 'GBP' } };
    const schema = await post('/configuration/import/preview', { document: typo });
    expect(schema.body.issues[0].path).toBe('configuration.currencies');
    await post('/configuration/import', { document: typo, baseVersion: 1 }).expect(400);
    expect((await get('/mappings/versions')).body).toHaveLength(1);
  });

  it('refuses a document naming a warehouse this Brightpearl lacks, with that path', async () => {
    const document = await exported();
    document.configuration.stock = { warehouseIds: [9] };
    const preview = await post('/configuration/import/preview', { document }).expect(200);
    expect(preview.body.valid).toBe(false);
    expect(preview.body.issues).toContainEqual({
      path: 'configuration.stock.warehouseIds.0',
      message: expect.stringContaining('Brightpearl warehouse 9 does not exist'),
      severity: 'error',
    });
    const refused = await post('/configuration/import', { document, baseVersion: 1 }).expect(400);
    expect(refused.body.field).toBe('document.configuration.stock.warehouseIds.0');
    expect(refused.body.error).toContain('configuration.stock.warehouseIds.0');
    expect((await get('/mappings/versions')).body).toHaveLength(1);
  });

  it('imports a good document with its diff as a new audited version; a stale base is 409', async () => {
    const document = await exported();
    document.configuration.stock = { warehouseIds: [3] };
    const preview = await post(
      '/configuration/import/preview',
      { document },
      bearer(token(['view'])),
    );
    expect(preview.body).toEqual({
      valid: true,
      issues: [],
      changes: [
        {
          path: 'stock.warehouseIds',
          change: 'added',
          after: [3],
          // Named from the lists the check above has just read (no Brightpearl call of its own).
          label: 'Warehouses Kentico may sell from',
          afterText: '3 (Overflow)',
        },
      ],
      baseVersion: 1,
    });
    await post(
      '/configuration/import',
      { document, baseVersion: 1 },
      bearer(token(['view'])),
    ).expect(403);
    const saved = await post('/configuration/import', { document, baseVersion: 1 }).expect(200);
    expect(saved.body).toMatchObject({
      version: 2,
      comment: 'Imported from shop-test (version 1)',
    });
    expect((await get('/mappings/current')).body.mapping.stock).toEqual({ warehouseIds: [3] });
    expect(await auditActions()).toContain('configuration.import');
    const stale = await post('/configuration/import', { document, baseVersion: 1 }).expect(409);
    expect(stale.body.error).toContain('mapping changed since version 1');
  });

  it('previews and applies a template over the current configuration', async () => {
    const templates = (await get('/templates').expect(200)).body;
    expect(templates.map((template: { id: string }) => template.id)).toContain('eu-multi-currency');
    const preview = await post('/templates/eu-multi-currency/preview', { baseVersion: 2 }).expect(
      200,
    );
    expect(preview.body.valid).toBe(true);
    expect(preview.body.changes).toContainEqual({
      path: 'currencies',
      change: 'changed',
      before: ['GBP'],
      after: ['EUR', 'GBP', 'USD'],
      label: 'Currencies Brightpearl accepts',
      beforeText: 'GBP',
      afterText: 'EUR, GBP, USD',
    });
    expect(preview.body.issues).toContainEqual(
      expect.objectContaining({ path: 'transforms.salesOrder.priceListId', severity: 'warning' }),
    );
    await post('/templates/no-such/preview', { baseVersion: 2 }).expect(404);
    const applied = await post('/templates/eu-multi-currency/apply', { baseVersion: 2 }).expect(
      200,
    );
    expect(applied.body).toMatchObject({
      version: 3,
      comment: 'Template "EU multi-currency" applied',
    });
    expect((await get('/configuration')).body.firstSetup).toBe(false);
  });

  it('proposes unmapped values by name, remembers a rejection and maps an accepted one', async () => {
    await recordDeadLetter(harness.store, {
      flow: 'orders',
      recordKey: 'order-1',
      reason: 'unmapped-shipping-method',
      message: 'shipping method "Royal_Mail" has no Brightpearl shipping method in the mapping',
      payload: { details: { field: 'shippingMethods', value: 'Royal_Mail' } },
    });
    const suggestions = (await get('/suggestions').expect(200)).body;
    expect(suggestions).toContainEqual(
      expect.objectContaining({
        id: 'paymentMethod:Card:CARD',
        confidence: 1,
        seenIn: "Kentico's payment methods",
      }),
    );
    expect(suggestions).toContainEqual(
      expect.objectContaining({
        id: 'shippingMethod:Royal_Mail:1',
        brightpearlLabel: 'Royal Mail',
        seenIn: '1 failed order',
      }),
    );
    await post('/suggestions/reject', { id: 'shippingMethod:Royal_Mail:1' }).expect(200);
    const after = (await get('/suggestions')).body.map((s: { id: string }) => s.id);
    expect(after).not.toContain('shippingMethod:Royal_Mail:1');
    await post('/suggestions/reject', { id: 'nonsense' }).expect(400);
    await post('/suggestions/accept', { id: 'shippingMethod:Royal_Mail:1', baseVersion: 3 }).expect(
      404,
    );

    const accepted = await post('/suggestions/accept', {
      id: 'paymentMethod:Card:CARD',
      baseVersion: 3,
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.comment).toBe('Suggestion accepted: payment method "Card" → "Card"');
    expect((await get('/mappings/current')).body.mapping.payments.methods).toEqual({
      Card: 'CARD',
    });
    expect((await get('/suggestions')).body.map((s: { id: string }) => s.id)).not.toContain(
      'paymentMethod:Card:CARD',
    );
    expect(await auditActions()).toEqual(
      expect.arrayContaining(['suggestion.reject', 'suggestion.accept', 'configuration.template']),
    );
  });
});
