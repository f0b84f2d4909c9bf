import type { MappingConfig, PreviewResult, TransformEntity } from '@bpkc/shared-types';
import {
  Button,
  Card,
  Column,
  Cols,
  Row,
  Spacing,
  Stack,
  Table,
  TextWithLabel,
} from '@kentico/xperience-admin-components';
import { useState } from 'react';

import { useAdminSession } from '../auth/admin-session';
import { column, textCell, withColumnNames } from '../shared/table';
import { useAction } from '../shared/use-action';
import { diffBodies } from './preview-diff';
import { PreviewSideView } from './PreviewSideView';

const CHANGE_COLUMNS = [
  column('path', 'Field'),
  column('current', 'Current'),
  column('draft', 'Draft'),
];

function ChangedFields({ result }: { result: PreviewResult }) {
  const changes = diffBodies(result.current.body, result.draft?.body ?? null);
  if (changes.length === 0) {
    return <TextWithLabel label="Changed by the draft" value="No field of the request differs." />;
  }
  return (
    <Table
      columns={CHANGE_COLUMNS}
      rows={changes.map((change) => ({
        identifier: change.path,
        disabled: false,
        cells: withColumnNames(CHANGE_COLUMNS, [
          textCell(change.path),
          textCell(change.current),
          textCell(change.draft),
        ]),
      }))}
    />
  );
}

const DESCRIPTIONS = {
  order:
    "What each configuration would send for the chosen record. Nothing is sent; ids come from Brightpearl Connect's cache.",
  product:
    'What each configuration would write to Kentico for the chosen product, as catalog sync last read it from Brightpearl. Nothing is sent or read.',
};

/** The exact Brightpearl requests of the current and the edited configuration, side by side. */
export function PreviewPanel(props: {
  entity: TransformEntity;
  sampleId: string | undefined;
  draft: MappingConfig;
  hasSamples: boolean;
}) {
  const { api } = useAdminSession();
  const [result, setResult] = useState<PreviewResult | null>(null);
  const previewing = useAction(api.preview);
  const preview = async (id: string) => {
    const answer = await previewing.run({ entity: props.entity, id, draft: props.draft });
    if (answer) setResult(answer);
  };
  const sampleId = props.sampleId;
  return (
    <Card
      headline="Preview"
      description={DESCRIPTIONS[props.entity === 'product' ? 'product' : 'order']}
    >
      <Stack spacing={Spacing.L}>
        <Button
          label="Preview current and draft"
          icon="xp-eye"
          inProgress={previewing.busy}
          disabled={!sampleId || previewing.busy}
          title={sampleId ? undefined : 'Choose a sample first'}
          onClick={() => sampleId && preview(sampleId)}
        />
        {!props.hasSamples && <span>No record to preview yet.</span>}
        {previewing.error && <span role="alert">{previewing.error}</span>}
        {result && (
          <>
            <span role="status">
              {result.brightpearlCalls} Brightpearl calls made for this preview.
            </span>
            <ChangedFields result={result} />
            <Row spacing={Spacing.L}>
              <Column cols={Cols.Col12} colsMd={Cols.Col6}>
                <PreviewSideView title="Current" side={result.current} />
              </Column>
              <Column cols={Cols.Col12} colsMd={Cols.Col6}>
                {result.draft ? (
                  <PreviewSideView title="Draft" side={result.draft} />
                ) : (
                  <TextWithLabel label="Draft" value="Same as current (nothing edited)." />
                )}
              </Column>
            </Row>
          </>
        )}
      </Stack>
    </Card>
  );
}
