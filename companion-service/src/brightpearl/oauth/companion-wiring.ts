import type { RequestHandler } from 'express';

import type { CompanionConfig } from '../../config/config';
import { brightpearlApiBase } from '../../config/config';
import type { Logger } from '../../observability/logger';
import type { Db } from '../../store';
import { connectionProbe, type OAuthConnectionProbe } from './connection-adapter';
import { type BrightpearlOAuth, createBrightpearlOAuth } from './create-oauth';
import { notApplicableOAuth } from './not-applicable';
import type { BrightpearlOAuthService } from './oauth-service';

/** OAuth mode with its settings: the wired OAuth parts; account-token mode: undefined. */
export function openBrightpearlOAuth(input: {
  brightpearl: CompanionConfig['brightpearl'];
  db: Db;
  logger: Logger;
}): BrightpearlOAuth | undefined {
  const { brightpearl, db, logger } = input;
  if (brightpearl.auth.mode !== 'oauth' || !brightpearl.oauth) return undefined;
  return createBrightpearlOAuth({
    db,
    logger,
    settings: brightpearl.oauth,
    auth: brightpearl.auth,
    accountCode: brightpearl.accountCode,
    configuredApiBase: brightpearlApiBase(brightpearl),
  });
}

/** What the admin API and the HTTP app get: the status/connect service in both modes. */
export function oauthAppWiring(
  oauth: BrightpearlOAuth | undefined,
  accountCode: string,
): {
  admin: { brightpearlOAuth: BrightpearlOAuthService; oauth?: OAuthConnectionProbe };
  routers: RequestHandler[];
} {
  if (!oauth) return { admin: { brightpearlOAuth: notApplicableOAuth(accountCode) }, routers: [] };
  return {
    admin: { brightpearlOAuth: oauth.service, oauth: connectionProbe(oauth.service) },
    routers: [oauth.callbackRouter],
  };
}
