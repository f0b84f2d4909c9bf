import { SIGNATURE_HEADER, TIMESTAMP_HEADER } from '@bpkc/shared-types';

import { bridgePayload, hmacSignature, unixSeconds } from './hmac-signing';

/**
 * Headers for a bridge call as the companion must send them; `path` is relative to the bridge
 * base and includes the query exactly as sent. For tests and tools that call the simulator.
 */
export function signedBridgeHeaders(
  secret: string,
  request: { method: string; path: string; body?: string; timestamp?: string },
): Record<string, string> {
  const timestamp = request.timestamp ?? unixSeconds();
  const target = { method: request.method, pathWithQuery: request.path };
  const payload = bridgePayload(timestamp, target, request.body ?? '');
  return { [SIGNATURE_HEADER]: hmacSignature(secret, payload), [TIMESTAMP_HEADER]: timestamp };
}
