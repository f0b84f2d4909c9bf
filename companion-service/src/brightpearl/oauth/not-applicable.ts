import { OAuthCallbackError, OAuthNotApplicableError } from './errors';
import type { BrightpearlOAuthService } from './oauth-service';

/** Account-token mode: the Connection screen shows "not applicable" and connect is refused. */
export function notApplicableOAuth(accountCode: string): BrightpearlOAuthService {
  return {
    status: () =>
      Promise.resolve({
        mode: 'account-token',
        state: 'not-applicable',
        accountCode,
        expiresAt: null,
        connectedAt: null,
        connectedBy: null,
      }),
    startAuthorization: () => Promise.reject(new OAuthNotApplicableError()),
    completeAuthorization: () =>
      Promise.reject(
        new OAuthCallbackError(400, 'This companion uses a Brightpearl account token, not OAuth'),
      ),
  };
}
