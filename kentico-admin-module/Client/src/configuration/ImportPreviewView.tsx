import type { ImportPreview } from '@bpkc/shared-types';
import { Spacing, Stack, Table, TextWithLabel } from '@kentico/xperience-admin-components';

import { MappingIssues } from '../mappings/MappingIssues';
import { column, textCell, withColumnNames } from '../shared/table';
import { changeCells } from './change-rows';

const COLUMNS = [
  column('path', 'Setting'),
  column('change', 'Change', { maxWidth: 14 }),
  column('before', 'Now'),
  column('after', 'After applying'),
];

/** What applying would change (a diff table) and what stands in the way (issues by path). */
export function ImportPreviewView({ preview }: { preview: ImportPreview }) {
  return (
    <Stack spacing={Spacing.M}>
      <MappingIssues issues={preview.issues} />
      <TextWithLabel
        label="Compared with"
        value={
          preview.baseVersion === null
            ? 'no stored configuration'
            : `the current configuration, version ${preview.baseVersion}`
        }
      />
      {preview.changes.length === 0 ? (
        <TextWithLabel label="Differences" value="None: applying changes nothing." />
      ) : (
        <Table
          columns={COLUMNS}
          rows={preview.changes.map((change) => ({
            identifier: change.path,
            disabled: false,
            cells: withColumnNames(
              COLUMNS,
              changeCells(change).map((text) => textCell(text)),
            ),
          }))}
        />
      )}
      {!preview.valid && (
        <span role="alert">It cannot be applied until the errors above are fixed.</span>
      )}
    </Stack>
  );
}
