import type { ConnectionWebhooks } from '@bpkc/shared-types';
import {
  Button,
  Card,
  Spacing,
  Stack,
  Table,
  TextWithLabel,
} from '@kentico/xperience-admin-components';
import { useState } from 'react';

import { useAdminSession } from '../auth/admin-session';
import { formatTimestamp } from '../shared/format';
import { column, textCell, withColumnNames } from '../shared/table';
import { useAction } from '../shared/use-action';

const STATES: Record<ConnectionWebhooks['state'], string> = {
  registered: 'All registered',
  partial: 'Some missing: register again',
  missing: 'None registered: register them',
  unknown: 'Not checked yet',
};

const COLUMNS = [
  column('event', 'Brightpearl event'),
  column('state', 'Registered'),
  column('id', 'Webhook id'),
];

/** Brightpearl webhook subscriptions, and registering them again (idempotent). */
export function WebhooksCard(props: { webhooks: ConnectionWebhooks; onChanged: () => void }) {
  const { api, canEdit } = useAdminSession();
  const [webhooks, setWebhooks] = useState(props.webhooks);
  const { run, busy, error } = useAction(api.registerWebhooks);
  const register = async () => {
    const registered = await run();
    if (!registered) return;
    setWebhooks(registered);
    props.onChanged();
  };
  const rows = webhooks.subscriptions.map((sub) => ({
    identifier: sub.event,
    disabled: false,
    cells: withColumnNames(COLUMNS, [
      textCell(sub.event),
      textCell(sub.registered ? 'Yes' : 'No'),
      textCell(sub.id === null ? '—' : String(sub.id)),
    ]),
  }));

  return (
    <Card
      headline="Brightpearl webhooks"
      description="Brightpearl tells Brightpearl Connect about stock, product, order and credit changes through these."
    >
      <Stack spacing={Spacing.M}>
        <TextWithLabel
          label="State"
          value={`${STATES[webhooks.state]} (${webhooks.subscriptions.filter((s) => s.registered).length} of ${webhooks.expected})`}
        />
        <TextWithLabel label="Last checked" value={formatTimestamp(webhooks.checkedAt)} />
        {rows.length > 0 && <Table columns={COLUMNS} rows={rows} />}
        <Button
          label="Register webhooks again"
          inProgress={busy}
          disabled={!canEdit || busy}
          onClick={register}
        />
        {error && <span role="alert">{error}</span>}
      </Stack>
    </Card>
  );
}
