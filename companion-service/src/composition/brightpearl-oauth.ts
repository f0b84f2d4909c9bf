import type { RequestHandler } from 'express';

import { writeAudit } from '../audit/audit-log';
import { brightpearlApiBase } from '../brightpearl';
import {
  type BrightpearlOAuth,
  type BrightpearlOAuthService,
  connectionProbe,
  createBrightpearlOAuth,
  notApplicableOAuth,
  type OAuthConnectionProbe,
} from '../brightpearl/oauth';
import type { CompanionConfig } from '../config/config';
import type { Logger } from '../observability/logger';
import type { Db } from '../store';

/** Where the audit log files a (re)connect of the Brightpearl account. */
const AUDIT_TARGET = 'connection:brightpearl';

/** OAuth mode with its settings: the OAuth parts; account-token mode: undefined. */
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
    // Who connected is on record, committed with the tokens themselves.
    onStored: (tx, { connectedBy, ...details }) =>
      writeAudit(tx, {
        actor: connectedBy,
        action: 'brightpearl.connected',
        target: AUDIT_TARGET,
        details,
      }),
  });
}

/** What the admin API and the HTTP app get: the status/connect service in both modes. */
export function oauthAppParts(
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
