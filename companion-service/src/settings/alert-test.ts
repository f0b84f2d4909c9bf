import type { AlertTestRequest, AlertTestResult } from '@bpkc/shared-types';

import { type AlertChannel, type AlertConfig, AlertDeliveryError, createChannels } from '../alerts';
import { PRODUCT_NAME } from '../alerts/digest';
import type { Logger } from '../observability/logger';

type ChannelReport = AlertTestResult['channels'][number];

/**
 * Sends one test message through every configured channel (e-mail to the request's recipients,
 * else the settings' or the environment's) and reports each channel's outcome. Errors are our
 * own words: a raw SMTP or HTTP error could carry addresses or the webhook URL (a secret).
 */
export async function sendTestAlert(
  deps: { config: AlertConfig | undefined; logger: Logger },
  request: AlertTestRequest,
): Promise<AlertTestResult> {
  if (!deps.config) return { channels: [] };
  const config = deps.config;
  const email = config.email && { ...config.email, to: request.emailTo ?? config.email.to };
  const channels = createChannels({ ...config, email });
  const reports: ChannelReport[] = [];
  if (config.email && email?.to.length === 0)
    reports.push({ channel: 'email', ok: false, error: 'no recipient: set the e-mail recipients' });
  const digest = {
    subject: `${PRODUCT_NAME}: test message`,
    adminUrl: config.adminUrl,
    groups: [],
    total: 0,
    dropped: 0,
  };
  reports.push(...(await Promise.all(channels.map((channel) => trySend(channel, digest)))));
  for (const channel of channels) channel.close();
  deps.logger.info('Alert test sent', {
    channels: reports.map(({ channel, ok }) => ({ channel, ok })),
  });
  return { channels: reports };
}

async function trySend(
  channel: AlertChannel,
  digest: Parameters<AlertChannel['send']>[0],
): Promise<ChannelReport> {
  try {
    await channel.send(digest);
    return { channel: channel.name, ok: true };
  } catch (error) {
    const message =
      error instanceof AlertDeliveryError ? error.message : 'unexpected error while sending';
    return { channel: channel.name, ok: false, error: message };
  }
}
