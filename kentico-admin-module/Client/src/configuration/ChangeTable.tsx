import type { LabelledChange } from '@bpkc/shared-types';
import { Table } from '@kentico/xperience-admin-components';

import { column, componentCell, textCell, withColumnNames } from '../shared/table';
import { changeTexts } from './change-rows';

/** Kentico's table rows are one line high: the path follows the words, cut first if too long. */
const ONE_LINE = {
  display: 'block',
  whiteSpace: 'nowrap',
  overflow: 'hidden',
  textOverflow: 'ellipsis',
} as const;

/** The setting in the merchant's words, then its document path (for developers) in grey. */
function SettingName({ change }: { change: LabelledChange }) {
  return (
    <span style={ONE_LINE} title={`${change.label} (${change.path})`}>
      {change.label} <small style={{ opacity: 0.6 }}>{change.path}</small>
    </span>
  );
}

/**
 * A diff as a table: setting, (what happened,) each side. Used by the import and template
 * previews and by a mapping version's differences, so both read the same.
 */
export function ChangeTable(props: {
  changes: LabelledChange[];
  captions: { before: string; after: string };
  /** Added / Removed / Changed column (a version's diff shows both sides instead). */
  withKind?: boolean;
}) {
  const columns = [
    column('path', 'Setting', { minWidth: 44, maxWidth: 80 }),
    ...(props.withKind ? [column('change', 'Change', { maxWidth: 14 })] : []),
    column('before', props.captions.before),
    column('after', props.captions.after),
  ];
  const rows = props.changes.map((change) => {
    const texts = changeTexts(change);
    return {
      identifier: change.path,
      disabled: false,
      cells: withColumnNames(columns, [
        componentCell(() => <SettingName change={change} />),
        ...(props.withKind ? [textCell(texts.change)] : []),
        textCell(texts.before),
        textCell(texts.after),
      ]),
    };
  });
  return <Table columns={columns} rows={rows} />;
}
