import type { BrightpearlAuth } from '../brightpearl/auth';
import type { ConnectionHealth } from '../observability/connection-health';

/**
 * An OAuth token that cannot be had (never connected, or Brightpearl refused the refresh and a
 * reconnect is required) is the same news as a 401: record it, so the admin screens show
 * "credentials refused" and the alert rules tell the merchant, instead of orders quietly
 * waiting in the paused queue. A token that still works but cannot be renewed is recorded too
 * (its end), so the merchant hears about it while there is time to reconnect.
 */
export function reportingMissingTokens(
  auth: BrightpearlAuth,
  health: ConnectionHealth,
): BrightpearlAuth {
  if (auth.mode !== 'oauth' || typeof auth.accessToken === 'string') return auth;
  const getToken = auth.accessToken;
  const reconnectBy = auth.reconnectBy;
  return {
    ...auth,
    accessToken: async () => {
      let token: string;
      try {
        token = await getToken();
      } catch (error) {
        health.record('brightpearl', 401);
        health.noteReconnectBy('brightpearl', null);
        throw error;
      }
      if (reconnectBy) health.noteReconnectBy('brightpearl', await reconnectBy());
      return token;
    },
  };
}
