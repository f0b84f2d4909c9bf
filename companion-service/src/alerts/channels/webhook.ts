import axios from 'axios';

import { AlertDeliveryError } from '../errors';
import type { ChannelName } from '../types';

/**
 * POSTs a JSON body to an incoming-webhook URL. The URL is a secret (whoever has it can post to
 * the merchant's channel), so neither it nor axios' error (which carries its config) is ever put
 * in a message or a log.
 */
export async function postWebhook(channel: ChannelName, url: string, body: unknown): Promise<void> {
  try {
    await axios.post(url, body, {
      timeout: 10_000,
      maxRedirects: 0,
      headers: { 'content-type': 'application/json' },
    });
  } catch (error) {
    throw toDeliveryError(channel, error);
  }
}

function toDeliveryError(channel: ChannelName, error: unknown): AlertDeliveryError {
  if (!axios.isAxiosError(error)) {
    return new AlertDeliveryError(channel, 'webhook call failed unexpectedly', true);
  }
  const status = error.response?.status;
  if (status === undefined) {
    return new AlertDeliveryError(
      channel,
      `webhook unreachable (${error.code ?? 'network'})`,
      true,
    );
  }
  // 4xx other than 429: the webhook was removed or the URL is wrong; retrying cannot fix it.
  const retryable = status >= 500 || status === 429;
  return new AlertDeliveryError(channel, `webhook answered ${status}`, retryable);
}
