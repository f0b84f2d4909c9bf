import type { AuditEntry } from '@bpkc/shared-types';
import { ColumnContentType, Link, type TableRow } from '@kentico/xperience-admin-components';

import { formatAge, formatTimestamp } from '../shared/format';
import { personText } from '../shared/person';
import { column, componentCell, textCell, withColumnNames } from '../shared/table';
import { detailText, entryText, recordOf } from './audit-words';

export const AUDIT_COLUMNS = [
  column('at', 'When', { minWidth: 14, maxWidth: 24 }),
  column('actor', 'Who', { minWidth: 16, maxWidth: 30 }),
  column('action', 'What', { minWidth: 24 }),
  column('record', 'Record', { contentType: ColumnContentType.Component, minWidth: 20 }),
  column('details', 'Details', { minWidth: 20 }),
];

const RecordLink = ({ entry }: { entry: AuditEntry }) => {
  const record = recordOf(entry);
  return record.href ? <Link href={record.href} text={record.text} /> : <span>{record.text}</span>;
};

/** The full name, the user id in its tooltip; the id alone when no name was recorded. */
function personCell(entry: AuditEntry) {
  const person = personText(entry.actorName, entry.actor);
  return textCell(person.text, person.secondary);
}

/** One row per audited action, newest first. */
export function auditRows(entries: AuditEntry[], now = Date.now()): TableRow[] {
  return entries.map((entry) => ({
    identifier: entry.id,
    disabled: false,
    cells: withColumnNames(AUDIT_COLUMNS, [
      textCell(formatAge(entry.at, now), formatTimestamp(entry.at)),
      personCell(entry),
      textCell(entryText(entry), entry.action),
      componentCell(() => <RecordLink entry={entry} />),
      textCell(detailText(entry)),
    ]),
  }));
}
