import type { BrightpearlAuth } from '../brightpearl/auth';
import type { ConnectionHealth } from '../observability/connection-health';

/**
 * An OAuth token that cannot be had (never connected, or Brightpearl refused the refresh and a
 * reconnect is required) is the same news as a 401: record it, so the admin screens show
 * "credentials refused" and the alert rules tell the merchant, instead of orders quietly
 * waiting in the paused queue.
 */
export function reportingMissingTokens(
  auth: BrightpearlAuth,
  health: ConnectionHealth,
): BrightpearlAuth {
  if (auth.mode !== 'oauth' || typeof auth.accessToken === 'string') return auth;
  const getToken = auth.accessToken;
  return {
    ...auth,
    accessToken: async () => {
      try {
        return await getToken();
      } catch (error) {
        health.record('brightpearl', 401);
        throw error;
      }
    },
  };
}
