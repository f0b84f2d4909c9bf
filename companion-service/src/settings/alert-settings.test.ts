import { type AlertConfig, AlertConfigSchema } from '../alerts';
import { createLiveAlerter } from '../alerts/live-alerter';
import { ADMIN_URL, recordingLogger, snapshot } from '../alerts/test-support/fixtures';
import { type SmtpReceiver, startSmtpReceiver } from '../alerts/test-support/smtp-receiver';
import {
  startWebhookReceiver,
  type WebhookReceiver,
} from '../alerts/test-support/webhook-receiver';
import { evaluateAlertRules } from '../alerts/rules';
import { effectiveAlertConfig } from './alert-settings';
import { sendTestAlert } from './alert-test';
import { mappingWith } from './test-support';

const TEAMS_SECRET = 'webhookb2/teams-secret-token';
let smtp: SmtpReceiver;
let hooks: WebhookReceiver;
let env: AlertConfig;

beforeEach(async () => {
  [smtp, hooks] = await Promise.all([startSmtpReceiver(), startWebhookReceiver()]);
  env = AlertConfigSchema.parse({
    adminUrl: ADMIN_URL,
    email: {
      host: '127.0.0.1',
      port: smtp.port,
      secure: false,
      ignoreTLS: true,
      from: 'alerts@shop.example',
      to: ['env@shop.example'],
    },
    slackWebhookUrl: `${hooks.url}/slack/T0001`,
    teamsWebhookUrl: `${hooks.url}/teams/${TEAMS_SECRET}`,
  });
});
afterEach(async () => {
  await Promise.all([smtp.close(), hooks.close()]);
});

const stored = (alerts: Record<string, unknown>) =>
  mappingWith([], { alerts: { heldOrders: true, ...alerts } }).settings;

describe('alert settings', () => {
  it('stored recipients, digest window and thresholds win; absent ones keep the environment', () => {
    const applied = effectiveAlertConfig(
      env,
      stored({ emailTo: ['ops@shop.example'], digestSeconds: 60, deadLetterGrowth: 5 }),
    );
    expect(applied.email?.to).toEqual(['ops@shop.example']);
    expect(applied.digestSeconds).toBe(60);
    expect(applied.rules).toEqual({
      deadLetterGrowth: 5,
      budgetExhaustedMinutes: 5,
      heldOrders: true,
    });
    expect(effectiveAlertConfig(env, stored({ heldOrders: false })).rules.heldOrders).toBe(false);
    // Secrets and wiring stay the environment's.
    expect(applied.email?.host).toBe('127.0.0.1');
    expect(applied.teamsWebhookUrl).toBe(env.teamsWebhookUrl);
    expect(effectiveAlertConfig(env, undefined)).toEqual(env);
  });

  it('a threshold saved in the settings changes what the rules raise', () => {
    const previous = snapshot({ openDeadLetters: { 'unknown-sku': 1 } });
    const current = snapshot({ openDeadLetters: { 'unknown-sku': 3 } });
    const raised = (config: AlertConfig) => evaluateAlertRules(previous, current, config);
    expect(raised(env)).toHaveLength(1);
    expect(raised(effectiveAlertConfig(env, stored({ deadLetterGrowth: 5 })))).toEqual([]);
  });

  it('new recipients apply from the next check, without a restart', async () => {
    let config = env;
    const live = createLiveAlerter({
      config: env,
      logger: recordingLogger().logger,
      read: async () => config,
    });
    const alerts = evaluateAlertRules(
      snapshot(),
      snapshot({ openDeadLetters: { 'unknown-sku': 2 } }),
      env,
    );
    await live.refresh();
    live.raise(alerts);
    config = effectiveAlertConfig(env, stored({ emailTo: ['new@shop.example'] }));
    // The change delivers what the old recipients were due, then uses the new ones.
    await live.refresh();
    live.raise(alerts);
    await live.stop();
    expect(smtp.mails.map((mail) => mail.recipients)).toEqual([
      ['env@shop.example'],
      ['new@shop.example'],
    ]);
  });
});

describe('alert test-send', () => {
  it('sends one message through each channel and reports each outcome', async () => {
    hooks.answer('teams', 404);
    const log = recordingLogger();
    const result = await sendTestAlert(
      { config: env, logger: log.logger },
      { emailTo: ['tester@shop.example'] },
    );
    expect(result.channels).toEqual([
      { channel: 'email', ok: true },
      { channel: 'slack', ok: true },
      { channel: 'teams', ok: false, error: 'teams: webhook answered 404' },
    ]);
    expect(smtp.mails).toHaveLength(1);
    expect(smtp.mails[0]!.recipients).toEqual(['tester@shop.example']);
    expect(smtp.mails[0]!.subject).toContain('test message');
    expect(hooks.bodies.slack).toHaveLength(1);
    // Neither the webhook secret nor the address reaches the log.
    expect(log.lines()).not.toContain(TEAMS_SECRET);
    expect(log.lines()).not.toContain('tester@shop.example');
  });

  it('without the request naming any, the settings recipients are used', async () => {
    const config = effectiveAlertConfig(env, stored({ emailTo: ['stored@shop.example'] }));
    const logger = recordingLogger().logger;
    await sendTestAlert({ config: { ...config, slackWebhookUrl: undefined }, logger }, {});
    expect(smtp.mails.map((mail) => mail.recipients)).toEqual([['stored@shop.example']]);
  });

  it('an unreachable SMTP server and a missing recipient are reported, not thrown', async () => {
    await smtp.close();
    const logger = recordingLogger().logger;
    const noChat = { ...env, slackWebhookUrl: undefined, teamsWebhookUrl: undefined };
    const down = await sendTestAlert({ config: noChat, logger }, {});
    expect(down.channels).toEqual([
      { channel: 'email', ok: false, error: expect.stringContaining('SMTP send failed') },
    ]);
    const nobody = await sendTestAlert(
      { config: { ...noChat, email: { ...noChat.email!, to: [] } }, logger },
      {},
    );
    expect(nobody.channels).toEqual([
      { channel: 'email', ok: false, error: 'no recipient: set the e-mail recipients' },
    ]);
    expect(await sendTestAlert({ config: undefined, logger }, {})).toEqual({ channels: [] });
  });
});
