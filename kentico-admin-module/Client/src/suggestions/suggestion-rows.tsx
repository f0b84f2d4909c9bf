import type { Suggestion } from '@bpkc/shared-types';
import { ColumnContentType, type TableRow } from '@kentico/xperience-admin-components';

import { actionCell, column, textCell, withColumnNames } from '../shared/table';
import { formatConfidence } from './suggestion-groups';

export const SUGGESTION_COLUMNS = [
  column('kentico', 'Kentico value', { minWidth: 16, maxWidth: 30 }),
  column('brightpearl', 'Proposed Brightpearl match', { minWidth: 16, maxWidth: 30 }),
  column('confidence', 'Confidence', { minWidth: 8, maxWidth: 12 }),
  column('reason', 'Why', { minWidth: 24, maxWidth: 60 }),
  column('seen', 'Seen in', { minWidth: 12, maxWidth: 30 }),
  column('actions', 'Actions', {
    contentType: ColumnContentType.Action,
    minWidth: 14,
    maxWidth: 20,
  }),
];

export type SuggestionAction = 'accept' | 'reject';

const labelled = (label: string, value: string) =>
  label === value ? label : `${label} (${value})`;

/** One row per proposal, with Accept (a new mapping version) and Reject (never proposed again). */
export function suggestionRows(
  suggestions: Suggestion[],
  options: {
    canEdit: boolean;
    busy: boolean;
    onAction: (suggestion: Suggestion, action: SuggestionAction) => void;
  },
): TableRow[] {
  const why = options.canEdit ? '' : ' (your role may only view)';
  return suggestions.map((suggestion) => ({
    identifier: suggestion.id,
    disabled: false,
    cells: withColumnNames(SUGGESTION_COLUMNS, [
      textCell(labelled(suggestion.kenticoLabel, suggestion.kenticoValue)),
      textCell(labelled(suggestion.brightpearlLabel, suggestion.brightpearlValue)),
      textCell(formatConfidence(suggestion.confidence)),
      textCell(suggestion.reason, suggestion.reason),
      textCell(suggestion.seenIn),
      actionCell(
        [
          {
            id: 'accept',
            label: `Accept${why}`,
            icon: 'xp-check',
            disabled: !options.canEdit || options.busy,
          },
          {
            id: 'reject',
            label: `Reject${why}`,
            icon: 'xp-times',
            destructive: true,
            disabled: !options.canEdit || options.busy,
          },
        ],
        (action) => options.onAction(suggestion, action as SuggestionAction),
      ),
    ]),
  }));
}
