import { OAuthAuthorizeResult, OAuthStatus } from '@bpkc/shared-types';

import { type BrightpearlOAuthService, OAuthNotApplicableError } from '../brightpearl/oauth';
import type { AdminApiDeps } from './deps';
import { ConflictError } from './errors';
import { type AdminRoute, defineRoute } from './route';

/**
 * The Brightpearl OAuth connection on the Connection screen. The callback that completes a
 * connect is not here: Brightpearl's redirect carries no admin token (see brightpearl/oauth).
 */
export function oauthRoutes(deps: AdminApiDeps): AdminRoute[] {
  const oauth = deps.brightpearlOAuth;
  if (!oauth) return [];
  return [
    defineRoute({
      method: 'get',
      path: '/connection/oauth',
      summary: 'Brightpearl OAuth connection: mode, state, token expiry, who connected it',
      response: OAuthStatus,
      handler: () => oauth.status(),
    }),
    defineRoute({
      method: 'post',
      path: '/connection/oauth/authorize',
      summary:
        'Start a (re)connect: the Brightpearl consent URL, with a single-use 10-minute state',
      response: OAuthAuthorizeResult,
      handler: ({ actor }) => startAuthorization(oauth, actor.sub),
    }),
  ];
}

async function startAuthorization(
  oauth: BrightpearlOAuthService,
  actor: string,
): Promise<OAuthAuthorizeResult> {
  try {
    return await oauth.startAuthorization(actor);
  } catch (error) {
    if (error instanceof OAuthNotApplicableError) throw new ConflictError(error.message);
    throw error;
  }
}
