import type { OrderTimelineEntry } from '@bpkc/shared-types';
import { Inline, Spacing, Stack, Tag, TextWithLabel } from '@kentico/xperience-admin-components';

import { TechnicalDetails } from '../failures/TechnicalDetails';
import { formatJson, formatTimestamp } from '../shared/format';
import { EmptyCallout } from '../shared/LoadState';
import { describeEntry } from './timeline-text';

const KIND_LABELS: Record<OrderTimelineEntry['kind'], string> = {
  event: 'Event',
  milestone: 'Step',
  failure: 'Error',
  audit: 'Operator',
};

/**
 * An order's history, newest first: events received, sync steps, errors and operator actions,
 * each as a sentence; the raw details only behind "Technical details".
 */
export function OrderTimeline({ entries }: { entries: OrderTimelineEntry[] }) {
  if (entries.length === 0) {
    return (
      <EmptyCallout headline="No history yet">Nothing has happened to this order yet.</EmptyCallout>
    );
  }
  const newestFirst = [...entries].reverse();
  return (
    <Stack spacing={Spacing.L}>
      {newestFirst.map((entry, index) => {
        const text = describeEntry(entry);
        return (
          <Stack key={`${entry.at}-${index}`} spacing={Spacing.S}>
            <Inline>
              <Tag label={KIND_LABELS[entry.kind]} />
            </Inline>
            <TextWithLabel label={formatTimestamp(entry.at)} value={text.title} />
            {text.lines.map((line, lineIndex) => (
              // Two findings may read the same: the position keeps the keys apart.
              <span key={`${lineIndex}-${line}`}>{line}</span>
            ))}
            {entry.details !== undefined && entry.details !== null && (
              <TechnicalDetails>{formatJson(entry.details, 1500)}</TechnicalDetails>
            )}
          </Stack>
        );
      })}
    </Stack>
  );
}
