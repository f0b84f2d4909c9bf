import type { AlertTestResult } from '@bpkc/shared-types';
import { Button, ButtonColor, Inline, Spacing, Stack } from '@kentico/xperience-admin-components';
import { useState } from 'react';

import { useAdminSession } from '../auth/admin-session';
import { useAction } from '../shared/use-action';

const CHANNELS: Record<AlertTestResult['channels'][number]['channel'], string> = {
  email: 'E-mail',
  slack: 'Slack',
  teams: 'Teams',
};

/** One test message through every configured channel, to the recipients typed above. */
export function AlertTestButton(props: { emailTo: string[] | undefined; canEdit: boolean }) {
  const { api } = useAdminSession();
  const [result, setResult] = useState<AlertTestResult | null>(null);
  const sending = useAction(api.testAlerts);
  const send = async () => {
    setResult(null);
    const answer = await sending.run({
      emailTo: props.emailTo?.length ? props.emailTo : undefined,
    });
    if (answer) setResult(answer);
  };
  return (
    <Stack spacing={Spacing.S}>
      <Inline spacing={Spacing.M}>
        <Button
          label="Send test alert"
          icon="xp-paper-plane"
          color={ButtonColor.Secondary}
          inProgress={sending.busy}
          disabled={!props.canEdit || sending.busy}
          title={props.canEdit ? undefined : 'Your role may view but not send alerts'}
          onClick={send}
        />
      </Inline>
      {sending.error && <span role="alert">{sending.error}</span>}
      {result && result.channels.length === 0 && (
        <span role="status">No alert channel is configured (see the environment settings).</span>
      )}
      {result?.channels.map((channel) => (
        <span key={channel.channel} role="status">
          {CHANNELS[channel.channel]}:{' '}
          {channel.ok ? 'sent' : `failed (${channel.error ?? 'no reason given'})`}
        </span>
      ))}
    </Stack>
  );
}
