import type { ConnectionProbe, ConnectionTest } from '@bpkc/shared-types';
import { Button, Card, Spacing, Stack, TextWithLabel } from '@kentico/xperience-admin-components';
import { useState } from 'react';

import { useAdminSession } from '../auth/admin-session';
import { formatTimestamp } from '../shared/format';
import { useAction } from '../shared/use-action';

const describe = (probe: ConnectionProbe) =>
  `${probe.ok ? 'OK' : 'Failed'}${probe.latencyMs === null ? '' : ` in ${probe.latencyMs} ms`}: ${probe.detail}`;

/** "Test connection": one cheap call to each platform, now. */
export function ConnectionTestCard() {
  const { api } = useAdminSession();
  const [result, setResult] = useState<ConnectionTest | null>(null);
  const { run, busy, error } = useAction(api.testConnection);
  const test = async () => setResult((await run()) ?? null);

  return (
    <Card
      headline="Test the connection"
      description="Makes one Brightpearl call (from the shared budget) and one call to the Kentico bridge."
    >
      <Stack spacing={Spacing.M}>
        <Button label="Test connection" inProgress={busy} disabled={busy} onClick={test} />
        {error && <span role="alert">{error}</span>}
        {result && (
          <Stack spacing={Spacing.M}>
            <TextWithLabel label="Brightpearl" value={describe(result.brightpearl)} />
            <TextWithLabel label="Kentico bridge" value={describe(result.kentico)} />
            <TextWithLabel label="Tested" value={formatTimestamp(result.testedAt)} />
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
