import type { BusinessRule, Lookups, MappingIssue } from '@bpkc/shared-types';
import {
  Button,
  ButtonColor,
  ButtonSize,
  Card,
  Inline,
  Input,
  Spacing,
  Stack,
  Switch,
  SwitchSize,
} from '@kentico/xperience-admin-components';

import { ActionEditor } from './ActionEditor';
import { ConditionEditor } from './ConditionEditor';
import { freshCondition } from './condition-kinds';
import { issueAt, issuePlace, issuesUnder, removeAt, replaceAt } from './rule-list';

export interface RuleCardProps {
  rule: BusinessRule;
  index: number;
  count: number;
  lookups: Lookups | null;
  issues: MappingIssue[];
  canEdit: boolean;
  onChange: (rule: BusinessRule) => void;
  onMove: (delta: -1 | 1) => void;
  onDelete: () => void;
}

/** One rule: name, on/off, its conditions (all must hold) and its action; order and delete. */
export function RuleCard(props: RuleCardProps) {
  const { rule, index, canEdit } = props;
  const path = `rules.${index}`;
  const problems = issuesUnder(props.issues, path);
  const set = (change: Partial<BusinessRule>) => props.onChange({ ...rule, ...change });
  return (
    <div role="group" aria-label={`Rule ${index + 1}: ${rule.name}`}>
      <Card
        headline={`${index + 1}. ${rule.name}${rule.enabled ? '' : ' (off)'}`}
        description={`Id ${rule.id}. Rules run top to bottom; hold and skip stop the rules below.`}
      >
        <Stack spacing={Spacing.L}>
          {problems.map((issue, i) => (
            <span key={i} role="alert">
              {issuePlace(issue.path)}: {issue.message}
            </span>
          ))}
          <Inline spacing={Spacing.L}>
            <Input
              label="Rule name"
              value={rule.name}
              disabled={!canEdit}
              validationMessage={issueAt(props.issues, `${path}.name`)}
              onChange={(event) => set({ name: event.target.value })}
            />
            <Switch
              label={rule.enabled ? 'On' : 'Off'}
              value={rule.enabled}
              size={SwitchSize.M}
              disabled={!canEdit}
              onChange={(enabled) => set({ enabled })}
            />
          </Inline>
          <span>
            {rule.when.length === 0
              ? 'When: every order (add a condition to narrow it).'
              : 'When all of these hold:'}
          </span>
          {rule.when.map((condition, i) => (
            <ConditionEditor
              key={i}
              condition={condition}
              path={`${path}.when.${i}`}
              number={i + 1}
              lookups={props.lookups}
              issues={props.issues}
              disabled={!canEdit}
              onChange={(next) => set({ when: replaceAt(rule.when, i, next) })}
              onRemove={() => set({ when: removeAt(rule.when, i) })}
            />
          ))}
          <Inline>
            <Button
              label="Add condition"
              icon="xp-plus"
              size={ButtonSize.S}
              color={ButtonColor.Secondary}
              disabled={!canEdit}
              onClick={() => set({ when: [...rule.when, freshCondition('total-over')] })}
            />
          </Inline>
          <ActionEditor
            action={rule.action}
            path={`${path}.action`}
            lookups={props.lookups}
            issues={props.issues}
            disabled={!canEdit}
            onChange={(action) => set({ action })}
          />
          <Inline spacing={Spacing.M}>
            <Button
              label="Move up"
              icon="xp-arrow-up"
              size={ButtonSize.S}
              color={ButtonColor.Tertiary}
              disabled={!canEdit || index === 0}
              onClick={() => props.onMove(-1)}
            />
            <Button
              label="Move down"
              icon="xp-arrow-down"
              size={ButtonSize.S}
              color={ButtonColor.Tertiary}
              disabled={!canEdit || index === props.count - 1}
              onClick={() => props.onMove(1)}
            />
            <Button
              label="Delete rule"
              icon="xp-bin"
              size={ButtonSize.S}
              color={ButtonColor.Tertiary}
              destructive
              disabled={!canEdit}
              onClick={props.onDelete}
            />
          </Inline>
        </Stack>
      </Card>
    </div>
  );
}
