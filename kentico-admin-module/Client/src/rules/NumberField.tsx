import { Input } from '@kentico/xperience-admin-components';
import { useState } from 'react';

/**
 * A number typed by the merchant. What was typed stays on screen while it is not a number yet;
 * the value handed on is then NaN (sent as null), which validation names at the field.
 */
export function NumberField(props: {
  label: string;
  value: number | undefined;
  disabled?: boolean;
  validationMessage?: string;
  explanationText?: string;
  onChange: (value: number | undefined) => void;
}) {
  const [text, setText] = useState(props.value === undefined ? '' : String(props.value));
  return (
    <Input
      label={props.label}
      type="text"
      value={text}
      disabled={props.disabled}
      validationMessage={props.validationMessage}
      explanationText={props.explanationText}
      onChange={(event) => {
        const typed = event.target.value;
        setText(typed);
        props.onChange(typed.trim() === '' ? undefined : Number(typed.replace(',', '.')));
      }}
    />
  );
}
