import { Router } from 'express';

import type { Logger } from '../../observability/logger';
import { sendCallbackPage } from './callback-page';
import { CallbackQuery } from './callback-query';
import { OAuthCallbackError } from './errors';
import type { BrightpearlOAuthService } from './oauth-service';
import { OAUTH_CALLBACK_PATH } from './paths';

const CONNECTED = {
  status: 200,
  title: 'Brightpearl connected — you can close this tab',
  message: 'The companion now syncs with your Brightpearl account. Return to the Kentico admin.',
};

/**
 * `GET /oauth/brightpearl/callback?code&state`: public (the browser comes from Brightpearl
 * without the admin token), so the single-use state is the only proof the connect was started
 * by an admin user of this installation.
 */
export function oauthCallbackRouter(deps: {
  oauth: BrightpearlOAuthService;
  logger: Logger;
}): Router {
  const router = Router();
  router.get(OAUTH_CALLBACK_PATH, async (req, res) => {
    const query = CallbackQuery.safeParse(req.query);
    try {
      if (!query.success) throw new OAuthCallbackError(400, 'The callback query is malformed');
      await deps.oauth.completeAuthorization(query.data);
      sendCallbackPage(res, CONNECTED);
    } catch (error) {
      if (!(error instanceof OAuthCallbackError)) {
        deps.logger.error('Brightpearl OAuth callback failed', { error });
      }
      const known = error instanceof OAuthCallbackError;
      sendCallbackPage(res, {
        status: known ? error.status : 500,
        title: 'Brightpearl was not connected',
        message: known ? error.message : 'An internal error occurred; see the companion log.',
      });
    }
  });
  return router;
}
