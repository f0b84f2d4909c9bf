import nodemailer from 'nodemailer';

import type { AlertConfig } from '../config';
import { renderHtml, renderText } from '../digest';
import { AlertDeliveryError } from '../errors';
import type { AlertChannel } from './channel';

type EmailConfig = NonNullable<AlertConfig['email']>;

/** E-mail digests through the merchant's own SMTP server. */
export function createEmailChannel(config: EmailConfig): AlertChannel {
  const transport = nodemailer.createTransport({
    host: config.host,
    port: config.port,
    secure: config.secure,
    ignoreTLS: config.ignoreTLS,
    auth: config.user ? { user: config.user, pass: config.password ?? '' } : undefined,
    // A hung SMTP server must not hold the digest (and the other channels' report) for minutes.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return {
    name: 'email',
    async send(digest) {
      try {
        await transport.sendMail({
          from: config.from,
          to: config.to,
          subject: digest.subject,
          text: renderText(digest),
          html: renderHtml(digest),
        });
      } catch (error) {
        throw toDeliveryError(error);
      }
    },
    close: () => transport.close(),
  };
}

/**
 * Only the error code and SMTP status go into the message: the server's reply text can quote
 * recipient addresses, which are personal data.
 */
function toDeliveryError(error: unknown): AlertDeliveryError {
  const { code, responseCode } = (error ?? {}) as { code?: unknown; responseCode?: unknown };
  const status = typeof responseCode === 'number' ? responseCode : undefined;
  const label = typeof code === 'string' ? code : 'unknown error';
  // SMTP 4xx is "try later", as is network trouble (ECONNECTION, ETIMEDOUT …); SMTP 5xx and
  // refused credentials or addresses need a configuration change.
  const retryable =
    status !== undefined ? status < 500 : label !== 'EAUTH' && label !== 'EENVELOPE';
  const suffix = status === undefined ? '' : ` ${status}`;
  return new AlertDeliveryError('email', `SMTP send failed: ${label}${suffix}`, retryable);
}
