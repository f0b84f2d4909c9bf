import type { Lookups, MappingIssue } from '@bpkc/shared-types';
import {
  Button,
  ButtonColor,
  ButtonSize,
  Card,
  Cols,
  Column,
  Inline,
  Row,
  Spacing,
  Stack,
  TextWithLabel,
} from '@kentico/xperience-admin-components';

import { countOf, pluralOf } from '../shared/format';
import { type MapRow, unmappedKeys } from './mapping-rows';
import { type MapSection, optionsOf } from './mapping-sections';
import { OptionSelect } from './OptionSelect';
import { currentRowTarget, isTargetRow } from './row-target';

/** The row a link pointed at: outlined and scrolled into view. */
const targetStyle = { outline: '2px solid #f5a623', outlineOffset: 4, borderRadius: 4 };
const scrollHere = (element: HTMLDivElement | null) => element?.scrollIntoView({ block: 'center' });

const labelOf = (options: { value: string; label: string }[] | null, value: string) =>
  options?.find((option) => option.value === value)?.label ?? value;

/** One map of the mapping as rows of two drop-downs, plus quick "Map X" for unmapped keys. */
export function MapSectionEditor(props: {
  section: MapSection;
  rows: MapRow[];
  lookups: Lookups | null;
  issues: MappingIssue[];
  canEdit: boolean;
  onChange: (rows: MapRow[]) => void;
}) {
  const { section, rows, canEdit } = props;
  const target = currentRowTarget();
  const keyOptions = section.keyList ? optionsOf(props.lookups, section.keyList) : null;
  const valueOptions = optionsOf(props.lookups, section.valueList);
  const issueAt = (key: string) =>
    props.issues.find((issue) => issue.path === `${section.path}.${key}`)?.message;
  const update = (index: number, change: Partial<MapRow>) =>
    props.onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  const unmapped = keyOptions
    ? unmappedKeys(
        rows,
        keyOptions.map((o) => o.value),
      )
    : [];
  return (
    <Card headline={section.title} description={section.description}>
      <Stack spacing={Spacing.L}>
        {rows.map((row, index) => (
          <div
            key={index}
            role="group"
            aria-label={`${section.title}: ${row.key || 'new row'}`}
            {...(isTargetRow(target, section.path, row.key)
              ? { ref: scrollHere, style: targetStyle, 'data-target-row': true }
              : {})}
          >
            <Row spacing={Spacing.M}>
              <Column cols={Cols.Col5}>
                <OptionSelect
                  label={section.keyLabel}
                  value={row.key}
                  options={keyOptions}
                  freeText={section.keyList === null}
                  disabled={!canEdit}
                  onChange={(key) => update(index, { key })}
                />
              </Column>
              <Column cols={Cols.Col5}>
                <OptionSelect
                  label={section.valueLabel}
                  value={row.value}
                  options={valueOptions}
                  disabled={!canEdit}
                  validationMessage={issueAt(row.key)}
                  onChange={(value) => update(index, { value })}
                />
              </Column>
              <Column cols={Cols.Col2}>
                <Button
                  label="Remove"
                  icon="xp-bin"
                  size={ButtonSize.S}
                  color={ButtonColor.Tertiary}
                  destructive
                  disabled={!canEdit}
                  onClick={() => props.onChange(rows.filter((_, i) => i !== index))}
                />
              </Column>
            </Row>
          </div>
        ))}
        {unmapped.length > 0 && (
          <Stack spacing={Spacing.S}>
            <TextWithLabel
              label="Not mapped yet"
              value={`${countOf(unmapped.length, 'value')} from ${pluralOf(section.keyLabel.toLowerCase())}`}
            />
            <Inline spacing={Spacing.S}>
              {unmapped.map((key) => (
                <Button
                  key={key}
                  label={`Map ${labelOf(keyOptions, key)}`}
                  size={ButtonSize.S}
                  color={ButtonColor.Secondary}
                  disabled={!canEdit}
                  onClick={() => props.onChange([...rows, { key, value: '' }])}
                />
              ))}
            </Inline>
          </Stack>
        )}
        <Inline>
          <Button
            label="Add row"
            icon="xp-plus"
            size={ButtonSize.S}
            color={ButtonColor.Tertiary}
            disabled={!canEdit}
            onClick={() => props.onChange([...rows, { key: '', value: '' }])}
          />
        </Inline>
      </Stack>
    </Card>
  );
}
