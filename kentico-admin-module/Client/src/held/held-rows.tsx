import type { BusinessRule, HeldPage } from '@bpkc/shared-types';
import { ColumnContentType, type TableRow } from '@kentico/xperience-admin-components';

import { formatAge, formatTimestamp } from '../shared/format';
import { personLine } from '../shared/person';
import { actionCell, column, componentCell, textCell, withColumnNames } from '../shared/table';
import { describeFinding } from './finding-text';

export type HeldState = 'held' | 'rejected' | 'skipped';
export type HeldItem = HeldPage['items'][number];
export type HeldAction = 'approve' | 'reject';

export const heldColumns = (state: HeldState) => [
  column('order', 'Order', { minWidth: 10, maxWidth: 16 }),
  column('customer', 'Customer', { minWidth: 16, maxWidth: 30 }),
  column('when', state === 'held' ? 'Held' : 'Set aside', { minWidth: 10, maxWidth: 16 }),
  column('why', 'Why', { minWidth: 30, maxWidth: 120 }),
  column('decision', 'Decision', { minWidth: 16, maxWidth: 40 }),
  column('actions', 'Actions', {
    contentType: ColumnContentType.Action,
    minWidth: 14,
    maxWidth: 20,
  }),
];

const VIEW_ONLY = 'your role may only view';

/** Approve sends the order (a person may change their mind later); only a held one is rejected. */
function actionsOf(state: HeldState, canEdit: boolean) {
  const approve = {
    id: 'approve',
    label: canEdit ? 'Approve' : `Approve (${VIEW_ONLY})`,
    icon: 'xp-check' as const,
    disabled: !canEdit,
  };
  const reject = {
    id: 'reject',
    label: canEdit ? 'Reject' : `Reject (${VIEW_ONLY})`,
    icon: 'xp-times' as const,
    destructive: true,
    disabled: !canEdit,
  };
  return state === 'held' ? [approve, reject] : [approve];
}

/** Who decided (full name, the id after it; the id alone when no name was recorded), when, why. */
function decisionText(item: HeldItem): string {
  if (!item.decidedAt) return 'Waiting for a person';
  const who = item.decidedBy ? personLine(item.decidedByName, item.decidedBy) : 'someone';
  return `${who}, ${formatTimestamp(item.decidedAt)}: ${item.decisionReason ?? '—'}`;
}

/** One row per order, the findings in plain words, Approve and Reject. */
export function heldRows(
  items: HeldItem[],
  options: {
    state: HeldState;
    rules: BusinessRule[];
    canEdit: boolean;
    onAction: (item: HeldItem, action: HeldAction) => void;
  },
): TableRow[] {
  const columns = heldColumns(options.state);
  return items.map((item) => {
    const reasons = item.findings.map((finding) => describeFinding(finding, options.rules));
    const Why = () => (
      <span>
        {reasons.length === 0
          ? 'No reason recorded'
          : reasons.map((r, i) => <div key={i}>{r}</div>)}
      </span>
    );
    return {
      identifier: item.orderGuid,
      disabled: false,
      cells: withColumnNames(columns, [
        textCell(item.orderNumber ?? item.orderGuid, item.orderGuid),
        textCell(item.customerEmail ?? '—'),
        textCell(formatAge(item.heldAt), formatTimestamp(item.heldAt)),
        componentCell(Why),
        textCell(decisionText(item)),
        actionCell(actionsOf(options.state, options.canEdit), (action) =>
          options.onAction(item, action as HeldAction),
        ),
      ]),
    };
  });
}
