import type { Failure } from '@bpkc/shared-types';
import { ColumnContentType, type TableRow } from '@kentico/xperience-admin-components';

import { formatAge } from '../shared/format';
import { actionCell, column, componentCell, textCell, withColumnNames } from '../shared/table';
import { FixCell } from './FailureHintView';

export const FAILURE_COLUMNS = [
  column('order', 'Order', { minWidth: 10, maxWidth: 16 }),
  column('problem', 'Problem', { minWidth: 30, maxWidth: 80 }),
  column('fix', 'How to fix', { minWidth: 20, maxWidth: 50 }),
  column('age', 'Failed', { minWidth: 10, maxWidth: 16 }),
  column('actions', 'Actions', {
    contentType: ColumnContentType.Action,
    minWidth: 16,
    maxWidth: 24,
  }),
];

export type FailureAction = 'details' | 'edit' | 'replay' | 'discard';

/** What the row names: the order number, else a short form of the record (GUID in details). */
export function recordLabel(failure: Failure): string {
  if (failure.orderNumber) return failure.orderNumber;
  const short =
    failure.recordKey.length > 12 ? `${failure.recordKey.slice(0, 8)}…` : failure.recordKey;
  return `${failure.flow} ${short}`;
}

/** Rows of one reason's failures: order, problem, how to fix, and the actions. */
export function failureRows(
  failures: Failure[],
  options: { canEdit: boolean; onAction: (failure: Failure, action: FailureAction) => void },
): TableRow[] {
  const viewOnly = !options.canEdit;
  return failures.map((failure) => ({
    identifier: failure.id,
    disabled: false,
    cells: withColumnNames(FAILURE_COLUMNS, [
      textCell(recordLabel(failure), `Failure #${failure.id}`),
      textCell(failure.hint.summary, failure.message),
      componentCell(() => <FixCell hint={failure.hint} />),
      textCell(formatAge(failure.createdAt)),
      actionCell(
        [
          { id: 'details', label: 'Details', icon: 'xp-eye' },
          ...(failure.hint.editable
            ? [
                {
                  id: 'edit',
                  label: 'Edit and retry',
                  icon: 'xp-edit' as const,
                  disabled: viewOnly,
                },
              ]
            : []),
          { id: 'replay', label: 'Replay', icon: 'xp-rotate-right', disabled: viewOnly },
          {
            id: 'discard',
            label: 'Discard',
            icon: 'xp-bin',
            destructive: true,
            disabled: viewOnly,
          },
        ],
        (action) => options.onAction(failure, action as FailureAction),
      ),
    ]),
  }));
}
