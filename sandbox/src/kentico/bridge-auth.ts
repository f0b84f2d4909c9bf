import type { RequestHandler } from 'express';

import { SIGNATURE_HEADER, TIMESTAMP_HEADER, type BridgeError } from '@bpkc/shared-types';

import { bridgePayload, signatureProblem } from './hmac-signing';
import { bridgePath } from './request-log';

/** The raw body as a string ('' when there is none): the signature covers exactly these bytes. */
export const rawBodyOf = (body: unknown): string => (typeof body === 'string' ? body : '');

/**
 * Checks `${timestamp}.${METHOD} ${pathWithQuery}.${rawBody}` as the extension does, the path
 * being relative to the bridge base, so a signed call cannot be replayed on another endpoint.
 * Must run after a text body parser.
 */
export function requireBridgeSignature(secret: string, basePath: string): RequestHandler {
  return (req, res, next) => {
    const path = bridgePath(req.originalUrl, basePath);
    const problem = signatureProblem({
      secret,
      signature: req.get(SIGNATURE_HEADER),
      timestamp: req.get(TIMESTAMP_HEADER),
      payload: (timestamp) =>
        bridgePayload(timestamp, { method: req.method, pathWithQuery: path }, rawBodyOf(req.body)),
    });
    if (!problem) return next();
    const error: BridgeError = { error: `Unauthorized: ${problem}` };
    res.status(401).json(error);
  };
}
