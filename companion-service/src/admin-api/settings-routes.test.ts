import { EffectiveSettings } from '@bpkc/shared-types';
import request from 'supertest';

import { AlertConfigSchema } from '../alerts';
import { type SmtpReceiver, startSmtpReceiver } from '../alerts/test-support/smtp-receiver';
import { createSilentLogger } from '../observability/logger';
import { createSettingsService, type SettingsService } from '../settings/settings-service';
import { mappingWith, saveSettings } from '../settings/test-support';
import { bearer, type Harness, openHarness, token } from './test-harness';

let harness: Harness;
let smtp: SmtpReceiver;
let service: SettingsService;

beforeAll(async () => {
  smtp = await startSmtpReceiver();
  harness = await openHarness({
    deps: {
      settings: {
        effective: () => service.effective(),
        testAlerts: (body) => service.testAlerts(body),
      },
    },
  });
  service = createSettingsService({
    db: harness.store,
    mappings: harness.mappings,
    logger: createSilentLogger(),
    schedules: {
      reconcileSeconds: { value: 300, builtIn: 300 },
      sweepSeconds: { value: 120, builtIn: 60 },
      stockFullCompareMinutes: { value: 60, builtIn: 60 },
    },
    goLiveDate: '2026-01-01T00:00:00.000Z',
    alerts: AlertConfigSchema.parse({
      adminUrl: 'https://shop.example/admin',
      email: {
        host: '127.0.0.1',
        port: smtp.port,
        secure: false,
        ignoreTLS: true,
        from: 'alerts@shop.example',
        to: ['env@shop.example'],
      },
    }),
  });
});
afterAll(async () => {
  await harness.close();
  await smtp.close();
});

const effective = async () =>
  EffectiveSettings.parse(
    (
      await request(harness.app)
        .get('/api/v1/settings/effective')
        .set('Authorization', bearer())
        .expect(200)
    ).body,
  );

describe('GET /settings/effective', () => {
  it('names where each value comes from: environment, default, then stored once saved', async () => {
    const before = await effective();
    expect(before.flows.refunds).toEqual({ value: true, source: 'default' });
    expect(before.schedules.reconcileSeconds).toMatchObject({ value: 300, source: 'default' });
    expect(before.schedules.sweepSeconds).toMatchObject({ value: 120, source: 'environment' });
    expect(before.goLiveDate).toEqual({ value: '2026-01-01T00:00:00.000Z', source: 'environment' });
    expect(before.alerts).toMatchObject({
      enabled: true,
      channels: ['email'],
      emailTo: { value: ['env@shop.example'], source: 'environment' },
    });
    expect(before.schedules.reconcileSeconds.lastRunAt).toBeNull();
    const next = Date.parse(before.schedules.reconcileSeconds.nextRunAt!);
    expect(next % 300_000).toBe(0);

    await saveSettings(
      harness.store,
      mappingWith(['refunds'], {
        schedules: { reconcileSeconds: 0, stockFullCompareMinutes: 15 },
        goLiveDate: '2026-06-01T00:00:00.000Z',
        alerts: { emailTo: ['ops@shop.example'], heldOrders: true },
      }),
    );
    const after = await effective();
    expect(after.mappingVersion).toBe(before.mappingVersion + 1);
    expect(after.flows.refunds).toEqual({ value: false, source: 'stored' });
    expect(after.schedules.reconcileSeconds).toMatchObject({
      value: 0,
      source: 'stored',
      nextRunAt: null,
    });
    expect(after.schedules.stockFullCompareMinutes).toMatchObject({ value: 15, unit: 'minutes' });
    expect(after.goLiveDate).toEqual({ value: '2026-06-01T00:00:00.000Z', source: 'stored' });
    expect(after.alerts.emailTo).toEqual({ value: ['ops@shop.example'], source: 'stored' });
  });
});

describe('POST /settings/alerts/test', () => {
  const send = (body: object, auth = bearer()) =>
    request(harness.app).post('/api/v1/settings/alerts/test').set('Authorization', auth).send(body);

  it('sends a test e-mail to the stored recipients and reports the channel', async () => {
    const res = await send({}).expect(200);
    expect(res.body).toEqual({ channels: [{ channel: 'email', ok: true }] });
    expect(smtp.mails.at(-1)?.recipients).toEqual(['ops@shop.example']);
  });

  it('answers 400 naming the field for a bad address, 403 for a view-only token', async () => {
    const bad = await send({ emailTo: ['not-an-address'] }).expect(400);
    expect(JSON.stringify(bad.body)).toContain('emailTo');
    await send({}, bearer(token(['view']))).expect(403);
  });
});
