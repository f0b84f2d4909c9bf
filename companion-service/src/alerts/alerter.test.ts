import { createAlerter } from './alerter';
import type { Alerter } from './alerter';
import { AlertConfigSchema } from './config';
import { evaluateAlertRules } from './rules';
import { ADMIN_URL, recordingLogger, snapshot } from './test-support/fixtures';
import { startSmtpReceiver } from './test-support/smtp-receiver';
import type { SmtpReceiver } from './test-support/smtp-receiver';
import { startWebhookReceiver } from './test-support/webhook-receiver';
import type { WebhookReceiver } from './test-support/webhook-receiver';
import type { Alert } from './types';

const SLACK_SECRET = 'T0001/B0001/slack-secret-token';
const TEAMS_SECRET = 'webhookb2/teams-secret-token';

let smtp: SmtpReceiver;
let hooks: WebhookReceiver;
let alerter: Alerter;
let log: ReturnType<typeof recordingLogger>;
let clock: Date;

beforeEach(async () => {
  [smtp, hooks] = await Promise.all([startSmtpReceiver(), startWebhookReceiver()]);
  log = recordingLogger();
  clock = new Date('2026-03-01T10:00:00Z');
  const config = AlertConfigSchema.parse({
    adminUrl: `${ADMIN_URL}/`,
    email: {
      host: '127.0.0.1',
      port: smtp.port,
      secure: false,
      ignoreTLS: true,
      from: 'Brightpearl Connect <alerts@shop.example>',
      to: ['ops@shop.example', 'owner@shop.example'],
    },
    slackWebhookUrl: `${hooks.url}/slack/${SLACK_SECRET}`,
    teamsWebhookUrl: `${hooks.url}/teams/${TEAMS_SECRET}`,
  });
  alerter = createAlerter({ config, logger: log.logger, now: () => clock });
});

afterEach(async () => {
  await alerter.stop();
  await Promise.all([smtp.close(), hooks.close()]);
});

/** Ten alerts of four kinds, made by the real rules. */
function tenAlerts(): Alert[] {
  const previous = snapshot({ openDeadLetters: { 'unknown-sku': 1 } });
  const current = snapshot({
    openDeadLetters: { 'unknown-sku': 4, 'unmapped-status': 1 },
    brightpearl: { ...previous.brightpearl, reachable: false },
    kentico: { reachable: true, authorised: false },
    missingOrders: Array.from({ length: 6 }, (_, i) => ({
      orderGuid: `guid-${i}`,
      orderNumber: `10${i}`,
    })),
  });
  const alerts = evaluateAlertRules(previous, current, {
    adminUrl: ADMIN_URL,
    rules: { deadLetterGrowth: 1, budgetExhaustedMinutes: 5 },
  });
  expect(alerts).toHaveLength(10);
  return alerts;
}

describe('alerter', () => {
  it('sends ten alerts as one digest per channel, each with every link', async () => {
    const alerts = tenAlerts();
    alerter.raise(alerts);
    const report = await alerter.flush();

    expect(report).toEqual({ sent: ['email', 'slack', 'teams'], failed: [] });
    expect(smtp.mails).toHaveLength(1);
    const mail = smtp.mails[0]!;
    expect(mail.subject).toBe('Brightpearl Connect: 10 problems need attention');
    expect(mail.recipients).toEqual(['ops@shop.example', 'owner@shop.example']);
    for (const alert of alerts) expect(mail.body).toContain(alert.link);
    expect(mail.body).toContain('Orders missing in Brightpearl (6)');

    const slack = JSON.stringify(hooks.bodies.slack);
    const teams = JSON.stringify(hooks.bodies.teams);
    expect(hooks.bodies.slack).toHaveLength(1);
    expect(hooks.bodies.teams).toHaveLength(1);
    expect(hooks.bodies.slack?.[0]).toMatchObject({ text: expect.stringContaining('10 problems') });
    expect(hooks.bodies.teams?.[0]).toMatchObject({ '@type': 'MessageCard' });
    for (const alert of alerts) {
      expect(slack).toContain(alert.link);
      expect(teams).toContain(alert.link);
    }
    expect(await alerter.flush()).toEqual({ sent: [], failed: [] });
  });

  it('keeps a failing channel’s alerts for the next flush without holding up the others', async () => {
    const alerts = tenAlerts();
    hooks.answer('slack', 500);
    alerter.raise(alerts.slice(0, 4));

    const first = await alerter.flush();
    expect(first.sent).toEqual(['email', 'teams']);
    expect(first.failed).toEqual([
      { channel: 'slack', error: 'slack: webhook answered 500', retryable: true },
    ]);
    expect(log.lines()).toContain('webhook answered 500');
    expect(log.lines()).not.toContain('secret-token');

    hooks.answer('slack', 200);
    alerter.raise(alerts.slice(4, 6));
    const second = await alerter.flush();
    expect(second).toEqual({ sent: ['email', 'slack', 'teams'], failed: [] });
    const slackText = JSON.stringify(hooks.bodies.slack);
    expect(hooks.bodies.slack).toHaveLength(1);
    expect(slackText).toContain('6 problems');
    for (const alert of alerts.slice(0, 6)) expect(slackText).toContain(alert.link);
    expect(smtp.mails.map((mail) => mail.subject)).toEqual([
      'Brightpearl Connect: 4 problems need attention',
      'Brightpearl Connect: 2 problems need attention',
    ]);
  });

  it('does not resend a key within the digest window, and does after it', async () => {
    const [alert] = tenAlerts();
    alerter.raise([alert!]);
    await alerter.flush();
    clock = new Date(clock.getTime() + 299_000);
    alerter.raise([alert!]);
    expect(await alerter.flush()).toEqual({ sent: [], failed: [] });
    clock = new Date(clock.getTime() + 2_000);
    alerter.raise([alert!, alert!]);
    expect((await alerter.flush()).sent).toEqual(['email', 'slack', 'teams']);
    expect(smtp.mails).toHaveLength(2);
    expect(smtp.mails[1]?.subject).toBe('Brightpearl Connect: 1 problem needs attention');
  });

  it('delivers what is pending when stopped', async () => {
    alerter.start();
    alerter.raise(tenAlerts().slice(0, 3));
    const report = await alerter.stop();
    expect(report.sent).toEqual(['email', 'slack', 'teams']);
    expect(smtp.mails).toHaveLength(1);
  });

  it('reports an unreachable SMTP server as retryable without naming recipients', async () => {
    await smtp.close();
    alerter.raise(tenAlerts().slice(0, 1));
    const report = await alerter.flush();
    expect(report.failed).toEqual([expect.objectContaining({ channel: 'email', retryable: true })]);
    expect(log.lines()).not.toContain('shop.example');
  });
});
