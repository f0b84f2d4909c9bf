import type { Lookups, MappingVersion } from '@bpkc/shared-types';
import { Button, Inline, Input, Spacing, Stack } from '@kentico/xperience-admin-components';
import { useState } from 'react';

import { useAdminSession } from '../auth/admin-session';
import { allRows, applyRows, type RowsBySection } from './mapping-rows';
import { MAP_SECTIONS } from './mapping-sections';
import { MappingIssues } from './MappingIssues';
import { MapSectionEditor } from './MapSectionEditor';
import { currentRowTarget, withTargetRow } from './row-target';
import { ScalarFields } from './ScalarFields';
import { useMappingSave } from './use-mapping-save';

/** The current mapping as drop-downs; saving validates first and stores a new version. */
export function MappingEditor(props: {
  current: MappingVersion;
  lookups: Lookups | null;
  onSaved: (saved: MappingVersion) => void;
}) {
  const { canEdit } = useAdminSession();
  const [mapping, setMapping] = useState(props.current.mapping);
  // A failure's "how to fix" link names a row (#shippingMethods:PigeonPost): start with it.
  const [rows, setRows] = useState<RowsBySection>(() =>
    withTargetRow(allRows(props.current.mapping), currentRowTarget()),
  );
  const [comment, setComment] = useState('');
  const saving = useMappingSave((saved) => {
    setComment('');
    props.onSaved(saved);
  });
  const issues = saving.issues;
  return (
    <Stack spacing={Spacing.XL}>
      <MappingIssues issues={issues} />
      <ScalarFields
        mapping={mapping}
        lookups={props.lookups}
        issues={issues}
        canEdit={canEdit}
        onChange={setMapping}
      />
      {MAP_SECTIONS.map((section) => (
        <MapSectionEditor
          key={section.id}
          section={section}
          rows={rows[section.id] ?? []}
          lookups={props.lookups}
          issues={issues}
          canEdit={canEdit}
          onChange={(next) => setRows({ ...rows, [section.id]: next })}
        />
      ))}
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
          title={canEdit ? undefined : 'Your role may view but not change the mapping'}
          onClick={() =>
            saving.save({
              mapping: applyRows(mapping, rows),
              comment,
              baseVersion: props.current.version,
            })
          }
        />
      </Inline>
      {saving.refusal && <span role="alert">{saving.refusal}</span>}
    </Stack>
  );
}
