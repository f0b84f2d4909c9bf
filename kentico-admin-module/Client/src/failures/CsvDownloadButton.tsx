import type { FailureExportQuery } from '@bpkc/shared-types';
import { Button, ButtonColor } from '@kentico/xperience-admin-components';

import { useAdminSession } from '../auth/admin-session';
import { useAction } from '../shared/use-action';

/** Hands the browser the CSV text as a file download. */
function saveFile(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The click has started the download; the object URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export const csvFileName = (query: FailureExportQuery, now = new Date()) =>
  `failures${query.reason ? `-${query.reason}` : ''}-${now.toISOString().slice(0, 10)}.csv`;

/** "Download CSV": the open failures of the current filter (names and how to fix included). */
export function CsvDownloadButton({ query }: { query: FailureExportQuery }) {
  const { api } = useAdminSession();
  const exporting = useAction(api.exportFailuresCsv);
  const run = async () => {
    const text = await exporting.run(query);
    if (text !== undefined) saveFile(csvFileName(query), text);
  };
  return (
    <>
      <Button
        label="Download CSV"
        icon="xp-arrow-down-line"
        color={ButtonColor.Secondary}
        inProgress={exporting.busy}
        onClick={() => void run()}
      />
      {exporting.error && <span role="alert">{exporting.error}</span>}
    </>
  );
}
