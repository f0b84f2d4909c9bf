import type { ChannelName } from './types';

/**
 * A channel could not deliver a digest. `retryable` tells whether the next flush can succeed
 * unchanged (network, 5xx, 429, SMTP 4xx) or whether the configuration must be fixed first
 * (webhook revoked, SMTP credentials refused). Messages never carry webhook URLs, credentials or
 * recipients: webhook URLs are secrets and addresses are personal data.
 */
export class AlertDeliveryError extends Error {
  override readonly name = 'AlertDeliveryError';

  constructor(
    readonly channel: ChannelName,
    message: string,
    readonly retryable: boolean,
  ) {
    super(`${channel}: ${message}`);
  }
}

/** The ALERT_* settings are invalid. Never retryable: the deployment must change them. */
export class AlertConfigError extends Error {
  override readonly name = 'AlertConfigError';
  readonly retryable = false;

  constructor(readonly problems: string[]) {
    super(`Invalid alert settings: ${problems.join('; ')}`);
  }
}
