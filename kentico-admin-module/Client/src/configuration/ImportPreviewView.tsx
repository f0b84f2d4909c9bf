import type { ImportPreview } from '@bpkc/shared-types';
import { Spacing, Stack, TextWithLabel } from '@kentico/xperience-admin-components';

import { MappingIssues } from '../mappings/MappingIssues';
import { ChangeTable } from './ChangeTable';

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
        <ChangeTable
          changes={preview.changes}
          captions={{ before: 'Now', after: 'After applying' }}
          withKind
        />
      )}
      {!preview.valid && (
        <span role="alert">It cannot be applied until the errors above are fixed.</span>
      )}
    </Stack>
  );
}
