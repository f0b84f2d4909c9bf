import type { LookupOption } from '@bpkc/shared-types';
import { Checkbox, Inline, Input, Spacing, Stack } from '@kentico/xperience-admin-components';
import { useState } from 'react';

import { parseList } from './condition-kinds';

/**
 * Several values of one list: a checkbox per option, or (list not available, or typed by
 * design such as SKUs and countries) a comma-separated field.
 */
export function ValuesPicker(props: {
  label: string;
  values: string[];
  options: LookupOption[] | null;
  disabled?: boolean;
  upperCase?: boolean;
  validationMessage?: string;
  onChange: (values: string[]) => void;
}) {
  const [text, setText] = useState(props.values.join(', '));
  if (props.options === null) {
    return (
      <Input
        label={props.label}
        value={text}
        disabled={props.disabled}
        validationMessage={props.validationMessage}
        explanationText="Separate values with commas"
        onChange={(event) => {
          setText(event.target.value);
          props.onChange(parseList(event.target.value, { upperCase: props.upperCase }));
        }}
      />
    );
  }
  const toggle = (value: string, checked: boolean) =>
    props.onChange(
      checked ? [...props.values, value] : props.values.filter((chosen) => chosen !== value),
    );
  return (
    <Stack spacing={Spacing.S}>
      <span>{props.label}</span>
      <Inline spacing={Spacing.L}>
        {props.options.map((option) => (
          <Checkbox
            key={option.value}
            label={option.label}
            checked={props.values.includes(option.value)}
            disabled={props.disabled}
            onChange={(_, checked) => toggle(option.value, checked)}
          />
        ))}
      </Inline>
      {props.validationMessage && <span role="alert">{props.validationMessage}</span>}
    </Stack>
  );
}
