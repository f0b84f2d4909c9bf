import type { Lookups, LookupOption } from '@bpkc/shared-types';
import { Input, Spacing, Stack, Switch, SwitchSize } from '@kentico/xperience-admin-components';
import { useState } from 'react';

import { optionsOf } from '../mappings/mapping-sections';
import { OptionSelect } from '../mappings/OptionSelect';
import type { SettingField } from './settings-fields';
import { fromInput, toInput } from './setting-values';

const NOT_SET = '__not-set__';

function choicesOf(field: SettingField, lookups: Lookups | null): LookupOption[] | null {
  const options = field.options ?? (field.list ? optionsOf(lookups, field.list) : null);
  if (options === null) return null;
  // Lists from a platform may be left unset (the flow then does not change that status).
  return field.list ? [{ value: NOT_SET, label: 'Not set' }, ...options] : options;
}

/** The names a comma-separated id list may use, so nobody has to look ids up. */
function knownValues(field: SettingField, lookups: Lookups | null): string | undefined {
  const options = field.list ? optionsOf(lookups, field.list) : null;
  if (!options || options.length === 0) return undefined;
  return `Known: ${options.map((option) => `${option.value} (${option.label})`).join(', ')}`;
}

/** One setting as the right kind of control; typed text stays as typed while editing. */
export function SettingInput(props: {
  field: SettingField;
  value: unknown;
  lookups: Lookups | null;
  disabled: boolean;
  issue?: string;
  effective?: string;
  onChange: (value: unknown) => void;
}) {
  const { field } = props;
  const [text, setText] = useState(() => toInput(props.value));
  if (field.kind === 'switch') {
    return (
      <Stack spacing={Spacing.XS}>
        <Switch
          label={field.label}
          size={SwitchSize.M}
          value={props.value !== false}
          disabled={props.disabled}
          onChange={(on) => props.onChange(on)}
        />
        {props.effective && <small>{props.effective}</small>}
      </Stack>
    );
  }
  if (field.kind === 'choice') {
    return (
      <OptionSelect
        label={field.label}
        value={props.value === undefined ? '' : String(props.value)}
        options={choicesOf(field, props.lookups)}
        disabled={props.disabled}
        validationMessage={props.issue}
        onChange={(value) => {
          const chosen = value === NOT_SET || value === '' ? undefined : value;
          props.onChange(chosen !== undefined && field.numeric ? Number(chosen) : chosen);
        }}
      />
    );
  }
  const explanation = [field.help, props.effective, knownValues(field, props.lookups)]
    .filter(Boolean)
    .join(' ');
  return (
    <Input
      label={field.label}
      value={text}
      disabled={props.disabled}
      validationMessage={props.issue}
      invalid={Boolean(props.issue)}
      explanationText={explanation || undefined}
      onChange={(event) => {
        setText(event.target.value);
        props.onChange(fromInput(field.kind, event.target.value, field.emptyList));
      }}
    />
  );
}
