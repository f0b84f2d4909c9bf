import type { MappingVersion, TransformEntity, TransformTarget } from '@bpkc/shared-types';
import { Button, Inline, Input, Spacing, Stack } from '@kentico/xperience-admin-components';
import { useState } from 'react';

import { useAdminSession } from '../auth/admin-session';
import { MappingIssues } from '../mappings/MappingIssues';
import { useMappingSave } from '../mappings/use-mapping-save';
import { LoadState } from '../shared/LoadState';
import { useApiData } from '../shared/use-api-data';
import { ViewOnlyNote } from '../shared/ViewOnlyNote';
import { EntityPicker } from './EntityPicker';
import { EntityTransforms } from './EntityTransforms';
import { PreviewPanel } from './PreviewPanel';
import { SamplePicker } from './SamplePicker';
import { applyDraft, draftOf, ENTITIES, type TransformDraft } from './transform-draft';

/** The transforms of the current version as a draft: test, preview, save as a new version. */
export function TransformsEditor(props: {
  current: MappingVersion;
  targets: TransformTarget[];
  onSaved: (saved: MappingVersion) => void;
}) {
  const { api, canEdit } = useAdminSession();
  const [entity, setEntity] = useState<TransformEntity>('salesOrder');
  const [draft, setDraft] = useState<TransformDraft>(() => draftOf(props.current.mapping));
  const [picked, setPicked] = useState<Partial<Record<TransformEntity, string>>>({});
  const [comment, setComment] = useState('');
  const samples = useApiData(() => api.previewSamples(entity), [api, entity]);
  const saving = useMappingSave(props.onSaved);
  const record = ENTITIES.find((e) => e.id === entity)!.record;
  const sampleId = picked[entity] ?? samples.data?.[0]?.id;
  const drafted = applyDraft(props.current.mapping, draft);
  return (
    <Stack spacing={Spacing.XL}>
      <MappingIssues issues={saving.issues} />
      <EntityPicker value={entity} onChange={setEntity} />
      <LoadState what={`recent ${record}s`} {...samples}>
        {(list) => (
          <SamplePicker
            record={record}
            samples={list}
            value={sampleId}
            onChange={(id) => setPicked({ ...picked, [entity]: id })}
          />
        )}
      </LoadState>
      <EntityTransforms
        key={entity}
        entity={entity}
        targets={props.targets}
        expressions={draft[entity]}
        issues={saving.issues}
        sampleId={sampleId}
        onChange={(expressions) => setDraft({ ...draft, [entity]: expressions })}
      />
      <PreviewPanel
        entity={entity}
        sampleId={sampleId}
        draft={drafted}
        hasSamples={(samples.data?.length ?? 0) > 0}
      />
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
          title={canEdit ? undefined : 'Your role may view but not change transforms'}
          onClick={() =>
            saving.save({ mapping: drafted, comment, baseVersion: props.current.version })
          }
        />
      </Inline>
      {!canEdit && <ViewOnlyNote what="transforms, test and preview them" cannot="save them" />}
      {saving.refusal && <span role="alert">{saving.refusal}</span>}
    </Stack>
  );
}
