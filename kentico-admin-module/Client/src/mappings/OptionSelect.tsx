import type { LookupOption } from '@bpkc/shared-types';
import { Input, MenuItem, Select } from '@kentico/xperience-admin-components';

/**
 * A drop-down of one platform's list. A stored value the list does not know stays visible
 * (marked), and when the list could not be read the value is typed instead.
 */
export function OptionSelect(props: {
  label: string;
  value: string;
  options: LookupOption[] | null;
  disabled?: boolean;
  validationMessage?: string;
  onChange: (value: string) => void;
  /** Typed by design (e.g. a tax rate), not a list that failed to load. */
  freeText?: boolean;
}) {
  const { options } = props;
  if (options === null) {
    return (
      <Input
        label={props.label}
        value={props.value}
        disabled={props.disabled}
        validationMessage={props.validationMessage}
        explanationText={props.freeText ? undefined : 'List not available: type the value'}
        onChange={(event) => props.onChange(event.target.value)}
      />
    );
  }
  const known = props.value === '' || options.some((option) => option.value === props.value);
  const shown = known
    ? options
    : [...options, { value: props.value, label: `${props.value} (unknown)` }];
  return (
    <Select
      label={props.label}
      placeholder="Choose…"
      value={props.value}
      disabled={props.disabled}
      validationMessage={props.validationMessage}
      onChange={(value) => props.onChange(value ?? '')}
    >
      {shown.map((option) => (
        <MenuItem
          key={option.value}
          value={option.value}
          primaryLabel={option.label}
          secondaryLabel={option.value === option.label ? undefined : option.value}
        />
      ))}
    </Select>
  );
}
