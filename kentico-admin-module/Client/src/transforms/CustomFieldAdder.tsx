import { Button, ButtonSize, Inline, Input, Spacing } from '@kentico/xperience-admin-components';
import { useState } from 'react';

import { CUSTOM_FIELD_PREFIX, customFieldProblem } from './transform-draft';

/** Adds a `customFields.<CODE>` target (a Brightpearl PCF_ code, or a Kentico field name). */
export function CustomFieldAdder(props: {
  existing: Record<string, string>;
  disabled: boolean;
  onAdd: (key: string) => void;
}) {
  const [code, setCode] = useState('');
  const problem = code === '' ? null : customFieldProblem(code, props.existing);
  return (
    <Inline spacing={Spacing.M}>
      <Input
        label="Custom field code"
        placeholder="PCF_SOURCE"
        value={code}
        disabled={props.disabled}
        validationMessage={problem ?? undefined}
        invalid={Boolean(problem)}
        onChange={(event) => setCode(event.target.value.trim())}
      />
      <Button
        label="Add custom field"
        size={ButtonSize.S}
        icon="xp-plus"
        disabled={props.disabled || code === '' || problem !== null}
        onClick={() => {
          props.onAdd(`${CUSTOM_FIELD_PREFIX}${code}`);
          setCode('');
        }}
      />
    </Inline>
  );
}
