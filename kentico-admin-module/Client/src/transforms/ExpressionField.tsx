import type { TestExpressionResult, TransformTarget } from '@bpkc/shared-types';
import {
  Button,
  ButtonSize,
  ButtonColor,
  Inline,
  Spacing,
  Stack,
  TextArea,
} from '@kentico/xperience-admin-components';
import { useState } from 'react';

import { useAdminSession } from '../auth/admin-session';
import { useAction } from '../shared/use-action';

const TYPE_WORDS: Record<TransformTarget['type'], string> = {
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  date: 'a date',
};

/** What the last test said: the value it gave, or nothing (an error shows at the field). */
const testedValue = (result: TestExpressionResult | null) =>
  result?.ok
    ? `Gives ${JSON.stringify(result.value) ?? 'nothing (the field keeps its mapping)'}`
    : null;

/** One target's expression: edit, test against the chosen sample, errors at the field. */
export function ExpressionField(props: {
  target: TransformTarget;
  expression: string;
  /** A save-time validation message for this field. */
  issue?: string;
  sampleId: string | undefined;
  onChange: (expression: string) => void;
}) {
  const { api, canEdit } = useAdminSession();
  const { target } = props;
  const [result, setResult] = useState<TestExpressionResult | null>(null);
  const testing = useAction(api.testExpression);
  const test = async () => {
    setResult(null);
    const answer = await testing.run({
      entity: target.entity,
      key: target.key,
      expression: props.expression,
      sampleId: props.sampleId,
    });
    if (answer) setResult(answer);
  };
  const message = (result && !result.ok ? result.error : undefined) ?? testing.error ?? props.issue;
  return (
    <Stack spacing={Spacing.S}>
      <TextArea
        label={`${target.label} (${target.key})`}
        value={props.expression}
        minRows={1}
        maxRows={6}
        placeholder="No transform: the mapping decides"
        explanationText={`${target.description} Must give ${TYPE_WORDS[target.type]}.`}
        validationMessage={message ?? undefined}
        invalid={Boolean(message)}
        disabled={!canEdit}
        inactiveMessage="Your role may view but not change transforms"
        onChange={(event) => {
          setResult(null);
          props.onChange(event.target.value);
        }}
      />
      <Inline spacing={Spacing.M}>
        <Button
          label={`Test ${target.label}`}
          size={ButtonSize.S}
          color={ButtonColor.Secondary}
          inProgress={testing.busy}
          disabled={props.expression.trim() === '' || testing.busy}
          onClick={test}
        />
        {testedValue(result) && <span role="status">{testedValue(result)}</span>}
      </Inline>
    </Stack>
  );
}
