import type { ConnectionMappingCheck } from '@bpkc/shared-types';
import { Button, Card, Spacing, Stack, TextWithLabel } from '@kentico/xperience-admin-components';
import { useState } from 'react';

import { useAdminSession } from '../auth/admin-session';
import { MappingIssues } from '../mappings/MappingIssues';
import { formatTimestamp } from '../shared/format';
import { useAction } from '../shared/use-action';

function verdict(check: ConnectionMappingCheck): string {
  if (!check.checkedAt) return 'Not checked yet';
  const errors = check.issues.filter((issue) => issue.severity === 'error').length;
  if (errors > 0) return `${errors} value(s) the account lacks: orders using them go to Failures`;
  return check.issues.length > 0 ? 'Fits, with warnings' : 'Every value exists in the account';
}

/**
 * The current mapping against the connected Brightpearl account's lists (checked on connect,
 * at start-up and on save); each wrong value is named with what the account has instead.
 */
export function MappingCheckCard(props: { check: ConnectionMappingCheck }) {
  const { api } = useAdminSession();
  const [check, setCheck] = useState(props.check);
  const { run, busy, error } = useAction(api.checkMapping);
  const again = async () => {
    const checked = await run();
    if (checked) setCheck(checked);
  };
  return (
    <Card
      headline="Mapping against this account"
      description="Fix a value in the Mappings screen; orders that need it wait in Failures until then."
    >
      <Stack spacing={Spacing.M}>
        <TextWithLabel label="State" value={verdict(check)} />
        <TextWithLabel
          label="Last checked"
          value={`${formatTimestamp(check.checkedAt)}${check.mappingVersion === null ? '' : ` (mapping version ${check.mappingVersion})`}`}
        />
        <MappingIssues issues={check.issues} />
        <Button label="Check again" inProgress={busy} disabled={busy} onClick={again} />
        {error && <span role="alert">{error}</span>}
      </Stack>
    </Card>
  );
}
