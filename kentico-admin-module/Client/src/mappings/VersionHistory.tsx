import type { MappingVersion, MappingVersionList } from '@bpkc/shared-types';
import { Card, Table } from '@kentico/xperience-admin-components';
import { useState } from 'react';

import { formatTimestamp } from '../shared/format';
import { column, textCell, withColumnNames } from '../shared/table';
import { VersionPanel } from './VersionPanel';

const COLUMNS = [
  column('version', 'Version', { minWidth: 8, maxWidth: 12 }),
  column('author', 'Saved by'),
  column('at', 'When'),
  column('comment', 'Comment', { minWidth: 20 }),
];

/** Every saved version, newest first; a row opens its differences and Revert. */
export function VersionHistory(props: {
  versions: MappingVersionList;
  current: MappingVersion;
  onReverted: () => void;
}) {
  const [open, setOpen] = useState<number | null>(null);
  const rows = props.versions.map((version) => ({
    identifier: version.version,
    disabled: false,
    cells: withColumnNames(COLUMNS, [
      textCell(
        version.version === props.current.version
          ? `${version.version} (current)`
          : String(version.version),
      ),
      textCell(version.author),
      textCell(formatTimestamp(version.createdAt)),
      textCell(version.comment ?? ''),
    ]),
  }));
  return (
    <Card
      headline="History"
      description="Every save is a version. Open one to compare it with the current mapping or revert to it."
    >
      <Table columns={COLUMNS} rows={rows} onRowClick={(id) => setOpen(Number(id))} />
      {open !== null && (
        <VersionPanel
          version={open}
          current={props.current}
          onClose={() => setOpen(null)}
          onReverted={() => {
            setOpen(null);
            props.onReverted();
          }}
        />
      )}
    </Card>
  );
}
