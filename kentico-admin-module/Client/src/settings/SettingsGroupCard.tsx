import type { Lookups, MappingConfig, MappingIssue } from '@bpkc/shared-types';
import { Card, Cols, Column, Row, Spacing, Stack } from '@kentico/xperience-admin-components';
import type { ReactNode } from 'react';

import { describeEffective, type Effective, effectiveAt } from './effective';
import type { SettingGroup } from './settings-fields';
import { SettingInput } from './SettingInput';
import { getAt, setAt } from './setting-values';

/** One group of settings as a card of fields, each with its effective value and issue. */
export function SettingsGroupCard(props: {
  group: SettingGroup;
  mapping: MappingConfig;
  lookups: Lookups | null;
  effective: Map<string, Effective>;
  issues: MappingIssue[];
  canEdit: boolean;
  onChange: (mapping: MappingConfig) => void;
  children?: ReactNode;
}) {
  const { group } = props;
  return (
    <Card headline={group.headline} description={group.description}>
      <Stack spacing={Spacing.L}>
        <Row spacing={Spacing.M}>
          {group.fields.map((field) => (
            <Column
              key={field.path}
              cols={Cols.Col12}
              colsMd={field.kind === 'switch' ? Cols.Col3 : Cols.Col6}
            >
              <SettingInput
                field={field}
                value={getAt(props.mapping, field.path)}
                lookups={props.lookups}
                disabled={!props.canEdit}
                issue={props.issues.find((issue) => issue.path === field.path)?.message}
                effective={describeEffective(effectiveAt(props.effective, field.path))}
                onChange={(value) => props.onChange(setAt(props.mapping, field.path, value))}
              />
            </Column>
          ))}
        </Row>
        {props.children}
      </Stack>
    </Card>
  );
}
