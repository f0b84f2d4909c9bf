import { SANDBOX_MAPPING } from '@bpkc/sandbox';

import { call, READS } from './admin-call';
import { FORGED, viewToken } from './admin-tokens';
import { type HostileCase, type HostileContext, json } from './hostile-case';

/** Every read endpoint × every forged token: 401 before anything is read. */
function forgedTokenCases(): HostileCase[] {
  return READS.flatMap((path) =>
    FORGED.map(([label, auth]) => call(`GET ${path} with ${label}`, 'GET', path, auth, [401])),
  );
}

/** A view token on every endpoint that changes state: 403, nothing changed. */
function viewOnEditCases(): HostileCase[] {
  const edits: Array<[string, string | ((ctx: HostileContext) => string), string]> = [
    ['POST', '/failures/replay', json({ reason: 'unknown-sku' })],
    ['POST', '/failures/1/replay', '{}'],
    ['POST', '/failures/1/discard', json({ comment: 'no' })],
    ['PUT', '/mappings', json({ mapping: SANDBOX_MAPPING })],
    ['POST', '/mappings/versions/1/revert', '{}'],
    ['POST', (ctx) => `/orders/${ctx.knownOrderGuid}/resend`, '{}'],
    ['POST', '/connection/webhooks', '{}'],
    ['POST', '/connection/oauth/authorize', '{}'],
  ];
  return edits.map(([method, path, body]) =>
    call(
      `view token on ${method} ${typeof path === 'string' ? path : '/orders/:guid/resend'}`,
      method,
      path,
      viewToken,
      [403],
      body,
    ),
  );
}

export const adminAuthCases = (): HostileCase[] => [...forgedTokenCases(), ...viewOnEditCases()];
