import { createHmac } from 'node:crypto';

/** The Kentico extension's event signature: `v1=` HMAC-SHA256 over `${timestamp}.${body}`. */
export function signEvent(secret: string, body: string, timestamp = nowSeconds()) {
  const signature = `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex')}`;
  return {
    'content-type': 'application/json',
    'x-bpconnect-signature': signature,
    'x-bpconnect-timestamp': String(timestamp),
  };
}

export const nowSeconds = () => Math.floor(Date.now() / 1000);

/** An admin token signed by hand, so claims the schema would strip or refuse can be sent. */
export function adminToken(secret: string, claims: Record<string, unknown>): string {
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  const signature = createHmac('sha256', secret).update(payload, 'ascii').digest('base64url');
  return `${payload}.${signature}`;
}
