import type { OrderTimelineEntry } from '@bpkc/shared-types';
import { Inline, Spacing, Stack, Tag, TextWithLabel } from '@kentico/xperience-admin-components';

import { formatJson, formatTimestamp } from '../shared/format';
import { EmptyCallout } from '../shared/LoadState';

const KIND_LABELS: Record<OrderTimelineEntry['kind'], string> = {
  event: 'Event',
  milestone: 'Step',
  failure: 'Error',
  audit: 'Operator',
};

const detailsStyle = {
  margin: 0,
  fontSize: 12,
  whiteSpace: 'pre-wrap',
  wordBreak: 'break-word',
} as const;

/** An order's history, newest first: events received, sync steps, errors and operator actions. */
export function OrderTimeline({ entries }: { entries: OrderTimelineEntry[] }) {
  if (entries.length === 0) {
    return (
      <EmptyCallout headline="No history yet">Nothing has happened to this order yet.</EmptyCallout>
    );
  }
  const newestFirst = [...entries].reverse();
  return (
    <Stack spacing={Spacing.L}>
      {newestFirst.map((entry, index) => (
        <Stack key={`${entry.at}-${index}`} spacing={Spacing.S}>
          <Inline>
            <Tag label={KIND_LABELS[entry.kind]} />
          </Inline>
          <TextWithLabel label={formatTimestamp(entry.at)} value={entry.title} />
          {entry.details !== undefined && entry.details !== null && (
            <pre style={detailsStyle}>{formatJson(entry.details, 1500)}</pre>
          )}
        </Stack>
      ))}
    </Stack>
  );
}
