import type { Failure, FailureExportQuery } from '@bpkc/shared-types';

import { listOpenLetters } from '../dead-letters/dead-letter-reports';
import { type FailureReadDeps, toFailures } from './failure-queries';

/** Rows one download holds at most (the list is for acting on, not archiving). */
export const EXPORT_MAX_ROWS = 10_000;
const PAGE = 500;

const HEADER = [
  'Failure',
  'Order number',
  'Record',
  'Flow',
  'Reason',
  'Problem',
  'How to fix',
  'Message',
  'Failed at',
];

/**
 * A cell as CSV: quoted when needed, and a leading = + - @ (or tab / carriage return) neutralised
 * with an apostrophe so a spreadsheet never runs it as a formula (CSV injection).
 */
export function csvCell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvLine = (cells: Array<string | number | null>) => cells.map(csvCell).join(',');

function rowOf(failure: Failure): Array<string | number | null> {
  return [
    failure.id,
    failure.orderNumber,
    failure.recordKey,
    failure.flow,
    failure.reason,
    failure.hint.summary,
    failure.hint.howToFix,
    failure.message,
    failure.createdAt,
  ];
}

/** GET /failures/export.csv: the open failures of the list's filters, oldest first. */
export async function exportFailuresCsv(
  deps: FailureReadDeps,
  query: FailureExportQuery,
): Promise<string> {
  const lines = [csvLine(HEADER)];
  for (let offset = 0; offset < EXPORT_MAX_ROWS; offset += PAGE) {
    const { rows } = await listOpenLetters(deps.db, {
      reason: query.reason ?? null,
      flow: query.flow ?? null,
      limit: PAGE,
      offset,
    });
    for (const failure of await toFailures(deps, rows)) lines.push(csvLine(rowOf(failure)));
    if (rows.length < PAGE) break;
  }
  // Excel reads UTF-8 only with the byte-order mark.
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
