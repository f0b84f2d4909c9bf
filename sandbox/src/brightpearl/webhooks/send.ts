import axios from 'axios';

import type { WebhookDeliveryStatus } from './webhook-log';

export interface OutgoingCallback {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string;
  /** Only POST and PUT carry the rendered bodyTemplate (reference §10.1). */
  body?: string;
  contentType?: string;
}

export type SendOutcome = Exclude<WebhookDeliveryStatus, 'dropped'> | 'aborted';

/**
 * One HTTP attempt. No signature header: Brightpearl does not sign deliveries (§10.2). Every
 * status is an answer (the retry rules decide), redirects are not followed (Brightpearl does not
 * use 3xx, §3.3), and `proxy: false` because a simulator on loopback must never go through an
 * environment proxy.
 */
export async function sendCallback(
  callback: OutgoingCallback,
  { signal, timeoutMs }: { signal: AbortSignal; timeoutMs: number },
): Promise<SendOutcome> {
  const hasBody = callback.method === 'POST' || callback.method === 'PUT';
  try {
    const response = await axios.request({
      method: callback.method,
      url: callback.url,
      data: hasBody ? (callback.body ?? '') : undefined,
      headers: hasBody && callback.contentType ? { 'Content-Type': callback.contentType } : {},
      // Send the rendered template byte for byte; axios would JSON-encode objects.
      transformRequest: [(data: unknown) => data],
      responseType: 'text',
      validateStatus: () => true,
      maxRedirects: 0,
      proxy: false,
      timeout: timeoutMs,
      signal,
    });
    return response.status;
  } catch {
    return signal.aborted ? 'aborted' : 'network-error';
  }
}
