import type { CheckMode, ChecksConfig, MappingIssue } from '@bpkc/shared-types';
import {
  Card,
  Cols,
  Column,
  MenuItem,
  Row,
  Select,
  Spacing,
  Stack,
} from '@kentico/xperience-admin-components';

import { CHECK_MODES, CHECKS, type CheckDescription } from './check-descriptions';
import { NumberField } from './NumberField';
import { issueAt } from './rule-list';

type CheckSettings = Record<string, number | string | undefined>;

function CheckRow(props: {
  check: CheckDescription;
  settings: CheckSettings;
  issues: MappingIssue[];
  canEdit: boolean;
  onChange: (settings: CheckSettings) => void;
}) {
  const { check, settings } = props;
  const path = `checks.${check.name}`;
  return (
    <div role="group" aria-label={`Check: ${check.label}`}>
      <Stack spacing={Spacing.S}>
        <strong>{check.label}</strong>
        <span>{check.explanation}</span>
        <Row spacing={Spacing.M}>
          <Column cols={Cols.Col12} colsMd={Cols.Col4}>
            <Select
              label="When it finds something"
              value={String(settings.mode ?? 'warn')}
              disabled={!props.canEdit}
              validationMessage={issueAt(props.issues, `${path}.mode`)}
              onChange={(mode) =>
                props.onChange({ ...settings, mode: (mode || 'off') as CheckMode })
              }
            >
              {CHECK_MODES.map((entry) => (
                <MenuItem key={entry.mode} value={entry.mode} primaryLabel={entry.label} />
              ))}
            </Select>
          </Column>
          {check.parameters.map((parameter) => (
            <Column key={parameter.key} cols={Cols.Col12} colsMd={Cols.Col4}>
              <NumberField
                label={parameter.label}
                value={settings[parameter.key] as number | undefined}
                disabled={!props.canEdit || settings.mode === 'off'}
                validationMessage={issueAt(props.issues, `${path}.${parameter.key}`)}
                onChange={(value) => props.onChange({ ...settings, [parameter.key]: value })}
              />
            </Column>
          ))}
        </Row>
      </Stack>
    </div>
  );
}

/** Every validation and anomaly check: off, warn, hold or block, and its parameters. */
export function ChecksPanel(props: {
  checks: ChecksConfig;
  issues: MappingIssue[];
  canEdit: boolean;
  onChange: (checks: ChecksConfig) => void;
}) {
  return (
    <Card
      headline="Checks before an order is sent"
      description="Each finding names its check and says why in plain words; there is no hidden score."
    >
      <Stack spacing={Spacing.XL}>
        {CHECKS.map((check) => (
          <CheckRow
            key={check.name}
            check={check}
            settings={props.checks[check.name] as CheckSettings}
            issues={props.issues}
            canEdit={props.canEdit}
            onChange={(settings) =>
              props.onChange({ ...props.checks, [check.name]: settings } as ChecksConfig)
            }
          />
        ))}
      </Stack>
    </Card>
  );
}
