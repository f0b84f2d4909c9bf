import type { Lookups, MappingVersion } from '@bpkc/shared-types';
import {
  Button,
  ButtonColor,
  Headline,
  HeadlineSize,
  Inline,
  Input,
  Spacing,
  Stack,
} from '@kentico/xperience-admin-components';
import { useState } from 'react';

import { useAdminSession } from '../auth/admin-session';
import { EmptyCallout } from '../shared/LoadState';
import { ChecksPanel } from './ChecksPanel';
import { RuleCard } from './RuleCard';
import { addRule, moveRule, removeAt, replaceAt } from './rule-list';
import { useRulesSave } from './use-rules-save';

/** The rules and checks of the current configuration; saving stores a new version of it all. */
export function RulesEditor(props: {
  current: MappingVersion;
  lookups: Lookups | null;
  onSaved: (saved: MappingVersion) => void;
}) {
  const { canEdit } = useAdminSession();
  const [rules, setRules] = useState(props.current.mapping.rules);
  const [checks, setChecks] = useState(props.current.mapping.checks);
  const [comment, setComment] = useState('');
  const saving = useRulesSave(props.onSaved);
  const { issues } = saving;
  return (
    <Stack spacing={Spacing.XL}>
      <Headline size={HeadlineSize.M}>Business rules</Headline>
      {rules.length === 0 && (
        <EmptyCallout headline="No rules yet">
          Every order is sent as mapped. Add a rule to hold, route, note, tag or skip orders.
        </EmptyCallout>
      )}
      {rules.map((rule, index) => (
        <RuleCard
          // Position keys: the rule's fields keep their typed text while it is renamed.
          key={`${rule.id}-${index}`}
          rule={rule}
          index={index}
          count={rules.length}
          lookups={props.lookups}
          issues={issues}
          canEdit={canEdit}
          onChange={(next) => setRules(replaceAt(rules, index, next))}
          onMove={(delta) => setRules(moveRule(rules, index, delta))}
          onDelete={() => setRules(removeAt(rules, index))}
        />
      ))}
      <Inline>
        <Button
          label="Add rule"
          icon="xp-plus"
          color={ButtonColor.Secondary}
          disabled={!canEdit}
          onClick={() => setRules(addRule(rules))}
        />
      </Inline>
      <ChecksPanel checks={checks} issues={issues} canEdit={canEdit} onChange={setChecks} />
      <Inline spacing={Spacing.L}>
        <Input
          label="What changed (kept with the version)"
          value={comment}
          disabled={!canEdit}
          onChange={(event) => setComment(event.target.value)}
        />
        <Button
          label="Save as new version"
          icon="xp-check"
          inProgress={saving.busy}
          disabled={!canEdit || saving.busy}
          title={canEdit ? undefined : 'Your role may view but not change the rules'}
          onClick={() =>
            saving.save({
              mapping: { ...props.current.mapping, rules, checks },
              comment,
              baseVersion: props.current.version,
            })
          }
        />
      </Inline>
      {saving.refusal && <span role="alert">{saving.refusal}</span>}
    </Stack>
  );
}
