import { describeRoute } from '../../openapi';
import { CallbackQuery } from './callback-query';
import { OAUTH_CALLBACK_PATH } from './paths';

const PAGE = 'text/html; charset=utf-8';

/** `GET /oauth/brightpearl/callback` (callback-router.ts): answers a small page, not JSON. */
export const oauthCallbackRouteDoc = describeRoute({
  method: 'get',
  path: OAUTH_CALLBACK_PATH,
  operationId: 'completeBrightpearlOAuth',
  summary: 'Where Brightpearl sends the browser back after consent; completes the connection',
  description:
    'Public: the browser arrives without the admin token. The single-use `state` from POST /api/v1/connection/oauth/authorize is the proof. Mounted only when the companion connects to Brightpearl by OAuth.',
  tag: 'oauth',
  query: CallbackQuery,
  responses: {
    200: { description: 'Connected: a page saying so', contentType: PAGE },
    400: {
      description: 'Declined, malformed, unknown or expired state: a page saying why',
      contentType: PAGE,
    },
    429: { description: 'Too many OAuth requests from this address' },
    502: {
      description: 'Brightpearl refused the code exchange: a page saying why',
      contentType: PAGE,
    },
  },
});
