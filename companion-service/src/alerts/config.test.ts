import { alertConfigFromEnv } from './config';
import { AlertConfigError } from './errors';

const base = {
  ALERT_ADMIN_URL: 'https://shop.example/admin/',
  ALERT_SLACK_WEBHOOK_URL: 'https://hooks.slack.com/services/T0/B0/secret-value',
};

describe('alertConfigFromEnv', () => {
  it('is undefined when no channel is configured', () => {
    expect(alertConfigFromEnv({ ALERT_ADMIN_URL: 'https://shop.example/admin' })).toBeUndefined();
  });

  it('applies defaults and trims the admin URL', () => {
    expect(alertConfigFromEnv(base)).toEqual({
      adminUrl: 'https://shop.example/admin',
      digestSeconds: 300,
      slackWebhookUrl: base.ALERT_SLACK_WEBHOOK_URL,
      rules: { deadLetterGrowth: 1, budgetExhaustedMinutes: 5 },
    });
  });

  it('maps every variable', () => {
    const config = alertConfigFromEnv({
      ALERT_ADMIN_URL: 'https://shop.example/admin',
      ALERT_DIGEST_SECONDS: '60',
      ALERT_SMTP_HOST: 'smtp.example',
      ALERT_SMTP_SECURE: 'true',
      ALERT_SMTP_USER: 'mailer',
      ALERT_SMTP_PASSWORD: 'pw',
      ALERT_EMAIL_FROM: 'Connect <alerts@shop.example>',
      ALERT_EMAIL_TO: 'ops@shop.example, owner@shop.example,',
      ALERT_TEAMS_WEBHOOK_URL: 'https://example.webhook.office.com/webhookb2/x',
      ALERT_DEAD_LETTER_GROWTH: '3',
      ALERT_BUDGET_EXHAUSTED_MINUTES: '10',
    });
    expect(config).toMatchObject({
      digestSeconds: 60,
      email: {
        host: 'smtp.example',
        port: 465,
        secure: true,
        user: 'mailer',
        password: 'pw',
        to: ['ops@shop.example', 'owner@shop.example'],
        ignoreTLS: false,
      },
      teamsWebhookUrl: 'https://example.webhook.office.com/webhookb2/x',
      rules: { deadLetterGrowth: 3, budgetExhaustedMinutes: 10 },
    });
    expect(alertConfigFromEnv({ ...base, ...smtp() })?.email?.port).toBe(587);
  });

  it('names the wrong variables without echoing their values', () => {
    const env = {
      ...smtp(),
      ALERT_SLACK_WEBHOOK_URL: 'not a url secret-value',
      ALERT_SMTP_SECURE: 'perhaps',
      ALERT_EMAIL_TO: 'nobody',
      ALERT_DIGEST_SECONDS: 'soon',
    };
    const error = catchError(() => alertConfigFromEnv(env));
    expect(error).toBeInstanceOf(AlertConfigError);
    expect(error.retryable).toBe(false);
    for (const name of [
      'ALERT_ADMIN_URL',
      'ALERT_SLACK_WEBHOOK_URL',
      'ALERT_SMTP_SECURE',
      'ALERT_EMAIL_TO',
      'ALERT_DIGEST_SECONDS',
    ]) {
      expect(error.message).toContain(name);
    }
    expect(error.message).not.toContain('secret-value');
  });
});

function smtp() {
  return {
    ALERT_SMTP_HOST: 'smtp.example',
    ALERT_EMAIL_FROM: 'alerts@shop.example',
    ALERT_EMAIL_TO: 'ops@shop.example',
  };
}

function catchError(run: () => unknown): AlertConfigError {
  try {
    run();
  } catch (error) {
    return error as AlertConfigError;
  }
  throw new Error('expected an AlertConfigError');
}
