import type { Lookups, MappingConfig, MappingIssue } from '@bpkc/shared-types';
import { Card, Cols, Column, Row, Spacing } from '@kentico/xperience-admin-components';

import { optionsOf, SCALAR_FIELDS } from './mapping-sections';
import { OptionSelect } from './OptionSelect';

/** Channel, warehouse and price list of new Brightpearl sales orders. */
export function ScalarFields(props: {
  mapping: MappingConfig;
  lookups: Lookups | null;
  issues: MappingIssue[];
  canEdit: boolean;
  onChange: (mapping: MappingConfig) => void;
}) {
  return (
    <Card headline="Brightpearl orders" description="Where new sales orders go in Brightpearl.">
      <Row spacing={Spacing.M}>
        {SCALAR_FIELDS.map(({ field, label, list }) => (
          <Column key={field} cols={Cols.Col12} colsMd={Cols.Col4}>
            <OptionSelect
              label={label}
              value={String(props.mapping.brightpearl[field])}
              options={optionsOf(props.lookups, list)}
              disabled={!props.canEdit}
              validationMessage={
                props.issues.find((i) => i.path === `brightpearl.${field}`)?.message
              }
              onChange={(value) =>
                props.onChange({
                  ...props.mapping,
                  brightpearl: { ...props.mapping.brightpearl, [field]: Number(value) },
                })
              }
            />
          </Column>
        ))}
      </Row>
    </Card>
  );
}
