import { Button, Card, Spacing, Stack } from '@kentico/xperience-admin-components';
import { useState } from 'react';

import { useAdminSession } from '../auth/admin-session';
import { useAction } from '../shared/use-action';
import { exportFileName } from './change-rows';

/** Hands the browser the JSON text as a file download. */
function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The click has started the download; the object URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Export: the whole configuration (mappings, transforms, rules, checks, settings) as one file. */
export function ExportCard() {
  const { api } = useAdminSession();
  const exporting = useAction(api.exportConfiguration);
  const [saved, setSaved] = useState<string | null>(null);
  const run = async () => {
    const document = await exporting.run();
    if (!document) return;
    const fileName = exportFileName(document.source.mappingVersion, document.exportedAt);
    download(fileName, `${JSON.stringify(document, null, 2)}\n`);
    setSaved(`Exported version ${document.source.mappingVersion} as ${fileName}.`);
  };
  return (
    <Card
      headline="Export"
      description="One JSON document with every setting of the current version. Secrets are not part of it."
    >
      <Stack spacing={Spacing.M}>
        <Button
          label="Download configuration"
          icon="xp-arrow-down-line"
          inProgress={exporting.busy}
          disabled={exporting.busy}
          onClick={run}
        />
        {saved && <span role="status">{saved}</span>}
        {exporting.error && <span role="alert">{exporting.error}</span>}
      </Stack>
    </Card>
  );
}
