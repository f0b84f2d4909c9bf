import type { Connection, OAuthStatus } from '@bpkc/shared-types';
import { Button, Card, Spacing, Stack, TextWithLabel } from '@kentico/xperience-admin-components';
import { useState } from 'react';

import { useAdminSession } from '../auth/admin-session';
import { formatTimestamp } from '../shared/format';
import { HealthStatus } from '../shared/HealthStatus';
import { useAction } from '../shared/use-action';

const OAUTH_STATES: Record<OAuthStatus['state'], string> = {
  connected: 'Connected',
  'not-connected': 'Not connected yet',
  'reconnect-required': 'Brightpearl will not renew the authorisation: reconnect',
  'not-applicable': 'Private app token (nothing to connect)',
};

/** The Brightpearl account: where, how authenticated, health, and Connect/Reconnect (OAuth). */
export function BrightpearlAccountCard(props: {
  connection: Connection['brightpearl'];
  oauth: OAuthStatus | null;
}) {
  const { api, canEdit } = useAdminSession();
  const { connection, oauth } = props;
  const [message, setMessage] = useState<string | null>(null);
  const { run, busy, error } = useAction(api.authorize);
  const connect = async () => {
    const started = await run();
    if (!started) return;
    // Brightpearl's consent page opens in a new tab; its callback lands on the companion.
    window.open(started.authorizeUrl, '_blank', 'noopener');
    setMessage('Finish in the Brightpearl tab, then refresh this page.');
  };
  const oauthMode = connection.authMode === 'oauth';

  return (
    <Card headline="Brightpearl account">
      <Stack spacing={Spacing.M}>
        <HealthStatus health={connection.health} />
        <TextWithLabel label="Account" value={connection.accountCode} />
        <TextWithLabel
          label="Environment"
          value={connection.environment === 'live' ? 'Live' : 'Sandbox (simulated Brightpearl)'}
        />
        <TextWithLabel label="API address" value={connection.apiBaseUrl} />
        <TextWithLabel
          label="Authentication"
          value={oauthMode ? 'OAuth app' : 'Private app token'}
        />
        {oauth && <TextWithLabel label="Authorisation" value={OAUTH_STATES[oauth.state]} />}
        {oauth?.expiresAt && (
          <TextWithLabel
            label={
              oauth.state === 'reconnect-required' ? 'Sync stops at' : 'Access token renews before'
            }
            value={formatTimestamp(oauth.expiresAt)}
          />
        )}
        {oauth?.connectedBy && (
          <TextWithLabel
            label="Connected by"
            value={`${oauth.connectedBy}, ${formatTimestamp(oauth.connectedAt)}`}
          />
        )}
        {oauthMode && (
          <Button
            label={oauth?.state === 'connected' ? 'Reconnect' : 'Connect to Brightpearl'}
            disabled={!canEdit}
            title={canEdit ? undefined : 'Your role may view but not connect'}
            inProgress={busy}
            onClick={connect}
          />
        )}
        {message && <span role="status">{message}</span>}
        {error && <span role="alert">{error}</span>}
      </Stack>
    </Card>
  );
}
