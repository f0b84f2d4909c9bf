import type { Failure } from '@bpkc/shared-types';
import { ColumnContentType, type TableRow } from '@kentico/xperience-admin-components';

import { formatAge } from '../shared/format';
import { actionCell, column, textCell, withColumnNames } from '../shared/table';

export const FAILURE_COLUMNS = [
  column('id', '#', { minWidth: 6, maxWidth: 8 }),
  column('flow', 'Flow', { minWidth: 10, maxWidth: 20 }),
  column('record', 'Record', { minWidth: 20 }),
  column('message', 'Message', { minWidth: 30, maxWidth: 120 }),
  column('age', 'Failed', { minWidth: 10, maxWidth: 16 }),
  column('actions', 'Actions', {
    contentType: ColumnContentType.Action,
    minWidth: 14,
    maxWidth: 20,
  }),
];

export type FailureAction = 'details' | 'replay' | 'discard';

/** Rows of one reason's failures, with Details, Replay and Discard. */
export function failureRows(
  failures: Failure[],
  options: { canEdit: boolean; onAction: (failure: Failure, action: FailureAction) => void },
): TableRow[] {
  return failures.map((failure) => ({
    identifier: failure.id,
    disabled: false,
    cells: withColumnNames(FAILURE_COLUMNS, [
      textCell(String(failure.id)),
      textCell(failure.flow),
      textCell(failure.recordKey),
      textCell(failure.message, failure.message),
      textCell(formatAge(failure.createdAt)),
      actionCell(
        [
          { id: 'details', label: 'Details', icon: 'xp-eye' },
          { id: 'replay', label: 'Replay', icon: 'xp-rotate-right', disabled: !options.canEdit },
          {
            id: 'discard',
            label: 'Discard',
            icon: 'xp-bin',
            destructive: true,
            disabled: !options.canEdit,
          },
        ],
        (action) => options.onAction(failure, action as FailureAction),
      ),
    ]),
  }));
}
