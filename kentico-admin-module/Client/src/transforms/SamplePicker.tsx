import type { PreviewSample } from '@bpkc/shared-types';
import { MenuItem, Select } from '@kentico/xperience-admin-components';

import { formatTimestamp } from '../shared/format';
import { EmptyCallout } from '../shared/LoadState';

/** A recent real record to test and preview with (newest first). */
export function SamplePicker(props: {
  record: string;
  samples: PreviewSample[];
  value: string | undefined;
  onChange: (id: string | undefined) => void;
}) {
  if (props.samples.length === 0) {
    return (
      <EmptyCallout headline={`No recent ${props.record} to preview`}>
        {props.record === 'product'
          ? 'Once catalog sync has read a product from Brightpearl, it can be picked here.'
          : `Once Brightpearl Connect has seen a ${props.record}, it can be picked here.`}{' '}
        Tests of an expression use the newest one.
      </EmptyCallout>
    );
  }
  return (
    <Select
      label={`Sample ${props.record}`}
      placeholder={`The newest ${props.record}`}
      value={props.value}
      onChange={(value) => props.onChange(value ?? undefined)}
    >
      {props.samples.map((sample) => (
        <MenuItem
          key={sample.id}
          value={sample.id}
          primaryLabel={sample.label}
          secondaryLabel={sample.at ? formatTimestamp(sample.at) : sample.id}
        />
      ))}
    </Select>
  );
}
