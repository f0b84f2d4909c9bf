import { SIGNATURE_HEADER, TIMESTAMP_HEADER } from '@bpkc/shared-types';
import { nowTimestamp, sign, signingPayload } from '@bpkc/companion-service/signing';

/**
 * Headers for a bridge call as the companion must send them; `path` is relative to the bridge
 * base and includes the query exactly as sent. For tests and tools that call the simulator.
 */
export function signedBridgeHeaders(
  secret: string,
  request: { method: string; path: string; body?: string; timestamp?: string },
): Record<string, string> {
  const timestamp = request.timestamp ?? nowTimestamp();
  const payload = signingPayload({
    timestamp,
    method: request.method,
    path: request.path,
    body: request.body ?? '',
  });
  return { [SIGNATURE_HEADER]: sign(secret, payload), [TIMESTAMP_HEADER]: timestamp };
}
