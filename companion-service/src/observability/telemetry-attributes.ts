import type { ClientRequest, IncomingMessage } from 'node:http';

import type { Span } from '@opentelemetry/api';

import { safePath } from './safe-path';

/**
 * The HTTP instrumentation records full URLs: the Brightpearl webhook token (in the path), the
 * OAuth code (in the query), search terms. Right after it starts a span, these replace every
 * URL attribute, in both the old and the stable semantic conventions, with the safe path.
 */
export function scrubUrlAttributes(span: Span, request: ClientRequest | IncomingMessage): void {
  const { scheme, host, rawPath } = describe(request);
  const path = safePath(rawPath);
  const url = `${scheme}://${host}${path}`;
  span.setAttributes({ 'http.url': url, 'http.target': path, 'url.full': url, 'url.path': path });
  if (rawPath.includes('?')) span.setAttribute('url.query', '');
}

function describe(request: ClientRequest | IncomingMessage): {
  scheme: string;
  host: string;
  rawPath: string;
} {
  // A type test, not instanceof: this module loads before `http` is instrumented.
  if ('httpVersion' in request) {
    const encrypted = (request.socket as { encrypted?: boolean } | null)?.encrypted === true;
    return {
      scheme: encrypted ? 'https' : 'http',
      host: request.headers.host ?? 'unknown',
      rawPath: request.url ?? '',
    };
  }
  return {
    scheme: request.protocol.replace(/:$/, ''),
    host: String(request.getHeader('host') ?? request.host),
    rawPath: request.path,
  };
}
