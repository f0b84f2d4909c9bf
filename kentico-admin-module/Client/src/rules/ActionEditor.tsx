import type { Lookups, MappingIssue, RuleAction } from '@bpkc/shared-types';
import {
  Cols,
  Column,
  Input,
  MenuItem,
  Row,
  Select,
  Spacing,
  Stack,
  TextArea,
} from '@kentico/xperience-admin-components';

import { ACTION_KINDS, type ActionKind, freshAction } from './condition-kinds';
import { issueAt } from './rule-list';
import { ROUTE_FIELDS, RouteField } from './RouteField';

type RouteAction = Extract<RuleAction, { kind: 'route' }>;

function ActionFields(props: {
  action: RuleAction;
  path: string;
  lookups: Lookups | null;
  issues: MappingIssue[];
  disabled: boolean;
  onChange: (action: RuleAction) => void;
}) {
  const { action: a, disabled, onChange } = props;
  const issue = (field: string) => issueAt(props.issues, `${props.path}.${field}`);
  switch (a.kind) {
    case 'hold':
    case 'skip':
      return (
        <Input
          label={a.kind === 'hold' ? 'Reason shown in Held' : 'Reason recorded on the order'}
          value={a.reason}
          markAsRequired
          disabled={disabled}
          validationMessage={issue('reason')}
          onChange={(event) => onChange({ ...a, reason: event.target.value })}
        />
      );
    case 'note':
      return (
        <TextArea
          label="Note text"
          value={a.text}
          disabled={disabled}
          validationMessage={issue('text')}
          onChange={(event) => onChange({ ...a, text: event.target.value })}
        />
      );
    case 'tag':
      return (
        <Input
          label="Tag"
          value={a.tag}
          disabled={disabled}
          validationMessage={issue('tag')}
          onChange={(event) => onChange({ ...a, tag: event.target.value })}
        />
      );
    case 'route':
      return (
        <>
          {ROUTE_FIELDS.map(({ field, label, list }) => (
            <RouteField
              key={field}
              label={label}
              value={a[field]}
              list={list}
              lookups={props.lookups}
              disabled={disabled}
              validationMessage={issue(field)}
              onChange={(value) => onChange({ ...(a as RouteAction), [field]: value })}
            />
          ))}
        </>
      );
  }
}

/** What a rule does when its conditions hold. */
export function ActionEditor(props: {
  action: RuleAction;
  path: string;
  lookups: Lookups | null;
  issues: MappingIssue[];
  disabled: boolean;
  onChange: (action: RuleAction) => void;
}) {
  const chosen = ACTION_KINDS.find((entry) => entry.kind === props.action.kind);
  return (
    <div role="group" aria-label="Action">
      <Row spacing={Spacing.M}>
        <Column cols={Cols.Col12} colsMd={Cols.Col4}>
          <Select
            label="Then"
            value={props.action.kind}
            disabled={props.disabled}
            explanationText={chosen?.explanation}
            validationMessage={issueAt(props.issues, `${props.path}.kind`)}
            onChange={(kind) => kind && props.onChange(freshAction(kind as ActionKind))}
          >
            {ACTION_KINDS.map((entry) => (
              <MenuItem key={entry.kind} value={entry.kind} primaryLabel={entry.label} />
            ))}
          </Select>
        </Column>
        <Column cols={Cols.Col12} colsMd={Cols.Col8}>
          <Stack key={props.action.kind} spacing={Spacing.S}>
            <ActionFields {...props} />
          </Stack>
        </Column>
      </Row>
    </div>
  );
}
