import { z } from 'zod';

import { AlertConfigError } from './errors';

const httpUrl = z.url({ protocol: /^https?$/ });

const EmailSchema = z.object({
  host: z.string().min(1),
  port: z.number().int().min(1).max(65535),
  /** true: TLS from the first byte (465); false: plain, upgraded by STARTTLS when offered. */
  secure: z.boolean(),
  user: z.string().min(1).optional(),
  password: z.string().min(1).optional(),
  from: z.string().min(1),
  /**
   * May be empty here: the admin's settings (settings.alerts.emailTo) can name the recipients;
   * e-mail stays off while neither does.
   */
  to: z.array(z.email()).default([]),
  /** Local relays and tests only: never upgrade to TLS. Not mapped from the environment. */
  ignoreTLS: z.boolean().default(false),
});

export const AlertConfigSchema = z.object({
  /** Base URL of the admin screen; every alert links below it. */
  adminUrl: httpUrl.transform((url) => url.replace(/\/+$/, '')),
  /** Seconds between digests: one message per channel per window, never one per failure. */
  digestSeconds: z.number().int().min(1).default(300),
  email: EmailSchema.optional(),
  slackWebhookUrl: httpUrl.optional(),
  teamsWebhookUrl: httpUrl.optional(),
  rules: z
    .object({
      /** Alert when the open dead letters of one reason grew by at least this since the last check. */
      deadLetterGrowth: z.number().int().min(1).default(1),
      /** Alert when Brightpearl has throttled every request for at least this many minutes. */
      budgetExhaustedMinutes: z.number().min(0).default(5),
      /** Alert when more orders wait in the Held list than at the last check; absent: on. */
      heldOrders: z.boolean().optional(),
    })
    // prefault: an absent `rules` still gets each inner default.
    .prefault({}),
});
export type AlertConfig = z.output<typeof AlertConfigSchema>;
export type AlertConfigInput = z.input<typeof AlertConfigSchema>;

/**
 * Environment variables read by alertConfigFromEnv:
 *   ALERT_ADMIN_URL                 admin screen base URL (required once any channel is set)
 *   ALERT_DIGEST_SECONDS            seconds between digests (default 300)
 *   ALERT_SMTP_HOST                 SMTP server; setting it turns e-mail alerts on
 *   ALERT_SMTP_PORT                 default 465 when secure, else 587
 *   ALERT_SMTP_SECURE               true | false (default false: STARTTLS when offered)
 *   ALERT_SMTP_USER, ALERT_SMTP_PASSWORD   optional SMTP credentials
 *   ALERT_EMAIL_FROM                sender, e.g. "Brightpearl Connect <alerts@shop.example>"
 *   ALERT_EMAIL_TO                  comma-separated recipients (fallback: the admin's settings win)
 *   ALERT_SLACK_WEBHOOK_URL         Slack incoming webhook (a secret)
 *   ALERT_TEAMS_WEBHOOK_URL         Teams incoming webhook (a secret)
 *   ALERT_DEAD_LETTER_GROWTH        default 1
 *   ALERT_BUDGET_EXHAUSTED_MINUTES  default 5
 */
type Env = Record<string, string | undefined>;

/** Config path → the variable it came from, so errors name what the operator must change. */
const ENV_OF_PATH: Record<string, string> = {
  adminUrl: 'ALERT_ADMIN_URL',
  digestSeconds: 'ALERT_DIGEST_SECONDS',
  'email.host': 'ALERT_SMTP_HOST',
  'email.port': 'ALERT_SMTP_PORT',
  'email.secure': 'ALERT_SMTP_SECURE',
  'email.user': 'ALERT_SMTP_USER',
  'email.password': 'ALERT_SMTP_PASSWORD',
  'email.from': 'ALERT_EMAIL_FROM',
  'email.to': 'ALERT_EMAIL_TO',
  slackWebhookUrl: 'ALERT_SLACK_WEBHOOK_URL',
  teamsWebhookUrl: 'ALERT_TEAMS_WEBHOOK_URL',
  'rules.deadLetterGrowth': 'ALERT_DEAD_LETTER_GROWTH',
  'rules.budgetExhaustedMinutes': 'ALERT_BUDGET_EXHAUSTED_MINUTES',
};

/**
 * Alert settings from the environment, or undefined when no channel is configured (alerts off).
 * Pure: the config module passes its env record. Throws AlertConfigError naming the variables at
 * fault, never their values (some are secrets).
 */
export function alertConfigFromEnv(env: Env): AlertConfig | undefined {
  const value = (name: string) => env[name]?.trim() || undefined;
  const emailOn = value('ALERT_SMTP_HOST') !== undefined;
  if (!emailOn && !value('ALERT_SLACK_WEBHOOK_URL') && !value('ALERT_TEAMS_WEBHOOK_URL')) {
    return undefined;
  }
  const secure = flag(value('ALERT_SMTP_SECURE'));
  const raw = {
    adminUrl: value('ALERT_ADMIN_URL'),
    digestSeconds: num(value('ALERT_DIGEST_SECONDS')),
    email: emailOn
      ? {
          host: value('ALERT_SMTP_HOST'),
          port: num(value('ALERT_SMTP_PORT')) ?? (secure === true ? 465 : 587),
          secure: secure ?? false,
          user: value('ALERT_SMTP_USER'),
          password: value('ALERT_SMTP_PASSWORD'),
          from: value('ALERT_EMAIL_FROM'),
          to: list(value('ALERT_EMAIL_TO')),
        }
      : undefined,
    slackWebhookUrl: value('ALERT_SLACK_WEBHOOK_URL'),
    teamsWebhookUrl: value('ALERT_TEAMS_WEBHOOK_URL'),
    rules: {
      deadLetterGrowth: num(value('ALERT_DEAD_LETTER_GROWTH')),
      budgetExhaustedMinutes: num(value('ALERT_BUDGET_EXHAUSTED_MINUTES')),
    },
  };
  const parsed = AlertConfigSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  throw new AlertConfigError(parsed.error.issues.map(describeIssue));
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.filter((part) => typeof part === 'string').join('.');
  const name = ENV_OF_PATH[path] ?? (path || 'ALERT_*');
  // The issue code, not its message: zod messages may quote the offending (secret) value.
  return `${name} is missing or invalid (${issue.code})`;
}

/** NaN survives on purpose: zod then reports the variable instead of a silent default. */
function num(text: string | undefined): number | undefined {
  return text === undefined ? undefined : Number(text);
}

/** Anything but a clear yes/no stays a string, so zod rejects it rather than guessing. */
function flag(text: string | undefined): boolean | string | undefined {
  if (text === undefined) return undefined;
  if (/^(true|1|yes|on)$/i.test(text)) return true;
  return /^(false|0|no|off)$/i.test(text) ? false : text;
}

function list(text: string | undefined): string[] | undefined {
  return text
    ?.split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
