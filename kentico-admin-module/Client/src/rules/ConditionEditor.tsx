import type { Lookups, MappingIssue, RuleCondition } from '@bpkc/shared-types';
import {
  Button,
  ButtonColor,
  ButtonSize,
  Cols,
  Column,
  Inline,
  MenuItem,
  Row,
  Select,
  Spacing,
  Stack,
} from '@kentico/xperience-admin-components';

import { ConditionFields } from './ConditionFields';
import { CONDITION_KINDS, type ConditionKind, freshCondition } from './condition-kinds';
import { issueAt } from './rule-list';

/** One condition of a rule: what kind, its fields, and Remove. */
export function ConditionEditor(props: {
  condition: RuleCondition;
  path: string;
  number: number;
  lookups: Lookups | null;
  issues: MappingIssue[];
  disabled: boolean;
  onChange: (condition: RuleCondition) => void;
  onRemove: () => void;
}) {
  const { condition, disabled } = props;
  return (
    <div role="group" aria-label={`Condition ${props.number}`}>
      <Row spacing={Spacing.M}>
        <Column cols={Cols.Col12} colsMd={Cols.Col4}>
          <Stack spacing={Spacing.S}>
            <Select
              label={`Condition ${props.number}`}
              value={condition.kind}
              disabled={disabled}
              validationMessage={issueAt(props.issues, `${props.path}.kind`)}
              onChange={(kind) => kind && props.onChange(freshCondition(kind as ConditionKind))}
            >
              {CONDITION_KINDS.map((entry) => (
                <MenuItem key={entry.kind} value={entry.kind} primaryLabel={entry.label} />
              ))}
            </Select>
            <Inline>
              <Button
                label="Remove condition"
                icon="xp-bin"
                size={ButtonSize.S}
                color={ButtonColor.Tertiary}
                destructive
                disabled={disabled}
                onClick={props.onRemove}
              />
            </Inline>
          </Stack>
        </Column>
        <Column cols={Cols.Col12} colsMd={Cols.Col8}>
          {/* A new kind starts from empty fields (their typed text is local to each field). */}
          <Stack key={condition.kind} spacing={Spacing.S}>
            <ConditionFields
              condition={condition}
              path={props.path}
              lookups={props.lookups}
              issues={props.issues}
              disabled={disabled}
              onChange={props.onChange}
            />
          </Stack>
        </Column>
      </Row>
    </div>
  );
}
