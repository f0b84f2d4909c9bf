import type { Lookups } from '@bpkc/shared-types';
import { Input, MenuItem, Select } from '@kentico/xperience-admin-components';

import { type ListName, optionsOf } from '../mappings/mapping-sections';

export const ROUTE_FIELDS: {
  field: 'statusId' | 'channelId' | 'warehouseId';
  label: string;
  list: ListName;
}[] = [
  { field: 'statusId', label: 'Brightpearl order status', list: 'brightpearl.orderStatuses' },
  { field: 'channelId', label: 'Brightpearl channel', list: 'brightpearl.channels' },
  { field: 'warehouseId', label: 'Brightpearl warehouse', list: 'brightpearl.warehouses' },
];

/** One Brightpearl id to route to, or none (the mapped one stays); typed if the list is missing. */
export function RouteField(props: {
  label: string;
  value: number | undefined;
  list: ListName;
  lookups: Lookups | null;
  disabled: boolean;
  validationMessage?: string;
  onChange: (value: number | undefined) => void;
}) {
  const options = optionsOf(props.lookups, props.list);
  const toId = (text: string | undefined) => (text ? Number(text) : undefined);
  const value = props.value === undefined ? '' : String(props.value);
  if (options === null) {
    return (
      <Input
        label={`${props.label} (id)`}
        value={value}
        disabled={props.disabled}
        validationMessage={props.validationMessage}
        onChange={(event) => props.onChange(toId(event.target.value.trim()))}
      />
    );
  }
  return (
    <div role="group" aria-label={props.label}>
      <Select
        label={props.label}
        placeholder="Keep the mapped one"
        value={value}
        clearable
        clearButtonTooltip="Keep the mapped one"
        disabled={props.disabled}
        validationMessage={props.validationMessage}
        onChange={(chosen) => props.onChange(toId(chosen))}
      >
        {options.map((option) => (
          <MenuItem key={option.value} value={option.value} primaryLabel={option.label} />
        ))}
      </Select>
    </div>
  );
}
