import type { Lookups, MappingVersion } from '@bpkc/shared-types';
import { Button, Inline, Input, Spacing, Stack } from '@kentico/xperience-admin-components';
import { useState } from 'react';

import { useAdminSession } from '../auth/admin-session';
import { MappingIssues } from '../mappings/MappingIssues';
import { useMappingSave } from '../mappings/use-mapping-save';
import { AlertTestButton } from './AlertTestButton';
import { DOCUMENT_GROUPS } from './document-fields';
import type { Effective } from './effective';
import { RUNTIME_GROUPS } from './settings-fields';
import { SettingsGroupCard } from './SettingsGroupCard';
import { ViewOnlyNote } from '../shared/ViewOnlyNote';

/** Every setting of the current version as a draft; saving stores a new mapping version. */
export function SettingsEditor(props: {
  current: MappingVersion;
  lookups: Lookups | null;
  effective: Map<string, Effective>;
  /** Alert channels the environment configures (null: not known yet). */
  alertChannels: string[] | null;
  onSaved: (saved: MappingVersion) => void;
}) {
  const { canEdit } = useAdminSession();
  const [mapping, setMapping] = useState(props.current.mapping);
  const [comment, setComment] = useState('');
  const saving = useMappingSave(props.onSaved);
  const card = (group: (typeof RUNTIME_GROUPS)[number]) => (
    <SettingsGroupCard
      key={group.id}
      group={group}
      mapping={mapping}
      lookups={props.lookups}
      effective={props.effective}
      issues={saving.issues}
      canEdit={canEdit}
      onChange={setMapping}
    >
      {group.id === 'alerts' && (
        <>
          {props.alertChannels && (
            <span>
              {props.alertChannels.length
                ? `Channels configured in the environment: ${props.alertChannels.join(', ')}.`
                : 'No alert channel (SMTP, Slack, Teams) is configured in the environment.'}
            </span>
          )}
          <AlertTestButton emailTo={mapping.settings.alerts.emailTo} canEdit={canEdit} />
        </>
      )}
    </SettingsGroupCard>
  );
  return (
    <Stack spacing={Spacing.XL}>
      <MappingIssues issues={saving.issues} />
      {[...RUNTIME_GROUPS, ...DOCUMENT_GROUPS].map(card)}
      <Inline spacing={Spacing.L}>
        <Input
          label="What changed (kept with the version)"
          value={comment}
          disabled={!canEdit}
          onChange={(event) => setComment(event.target.value)}
        />
        <Button
          label="Save as new version"
          icon="xp-check"
          inProgress={saving.busy}
          disabled={!canEdit || saving.busy}
          title={canEdit ? undefined : 'Your role may view but not change settings'}
          onClick={() => saving.save({ mapping, comment, baseVersion: props.current.version })}
        />
      </Inline>
      {!canEdit && <ViewOnlyNote what="the settings" cannot="change them" />}
      {saving.refusal && <span role="alert">{saving.refusal}</span>}
    </Stack>
  );
}
