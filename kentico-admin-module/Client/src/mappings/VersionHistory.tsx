import type { Lookups, MappingVersion, MappingVersionList } from '@bpkc/shared-types';
import { Card, Table } from '@kentico/xperience-admin-components';
import { useState } from 'react';

import { formatTimestamp } from '../shared/format';
import { personText } from '../shared/person';
import { column, textCell, withColumnNames } from '../shared/table';
import { VersionPanel } from './VersionPanel';

const COLUMNS = [
  column('version', 'Version', { minWidth: 8, maxWidth: 12 }),
  column('author', 'Saved by'),
  column('at', 'When'),
  column('comment', 'Comment', { minWidth: 20 }),
];

/** The author's full name, the user id in its tooltip (older versions: the id alone). */
function authorCell(version: { author: string; authorName: string | null }) {
  const person = personText(version.authorName, version.author);
  return textCell(person.text, person.secondary);
}

/** Every saved version, newest first; a row opens its differences and Revert. */
export function VersionHistory(props: {
  versions: MappingVersionList;
  current: MappingVersion;
  lookups: Lookups | null;
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
      authorCell(version),
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
          lookups={props.lookups}
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
