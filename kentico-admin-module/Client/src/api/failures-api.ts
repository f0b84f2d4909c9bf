import type {
  EditableOrderValues,
  FailureExportQuery,
  OrderOverride,
  ReplayResult,
} from '@bpkc/shared-types';

import { companionClient, compact, type HttpOptions, unwrap } from './http';

/** A download may hold thousands of rows: more time than a screen's read. */
const EXPORT_TIMEOUT_MS = 60_000;

/** Edit and retry, and the CSV download (GET needs 'view'; edit-and-replay needs 'edit'). */
export function createFailuresApi(options: HttpOptions) {
  const { GET, POST } = companionClient(options);
  const download = companionClient({ ...options, timeoutMs: EXPORT_TIMEOUT_MS });
  const failure = (id: number) => ({ path: { id } });
  return {
    editableValues: (id: number): Promise<EditableOrderValues> =>
      unwrap(GET('/api/v1/failures/{id}/editable', { params: failure(id) })),
    editAndReplay: (id: number, override: OrderOverride): Promise<ReplayResult> =>
      unwrap(
        POST('/api/v1/failures/{id}/edit-and-replay', {
          params: failure(id),
          body: { override },
        }),
      ),
    /** The CSV text of the open failures of the filter (text/csv, not JSON). */
    exportFailuresCsv: (query: FailureExportQuery): Promise<string> =>
      unwrap(
        download.GET('/api/v1/failures/export.csv', {
          params: { query: compact({ ...query }) },
          parseAs: 'text',
        }),
      ) as Promise<string>,
  };
}
