import type { OrderTimelineEntry } from '@bpkc/shared-types';

import { countOf, formatTimestamp, humanize } from '../shared/format';

/** A timeline entry as a merchant reads it: a sentence and a few plain lines, never JSON. */
export interface EntryText {
  title: string;
  lines: string[];
}

const ACTIONS: Record<string, string> = {
  'failure.replay': 'replayed the failed sync',
  'failure.discard': 'discarded the failure',
  'order.resend': 'sent the order again',
  'order.edit': 'corrected the order before retrying',
  'order.approve': 'approved the held order',
  'order.reject': 'rejected the held order',
};

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** `shipping.postcode` → "shipping postcode"; `customerEmail` → "customer e-mail". */
const fieldWords = (field: string) =>
  humanize(field.replace('.', ' '))
    .toLowerCase()
    .replace('country iso code3', 'country')
    .replace('email', 'e-mail')
    .replace('line1', 'address line 1')
    .replace('line2', 'address line 2');

type Details = Record<string, unknown>;
const text = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : null;

/** The facts a details object carries, as short lines (unknown keys stay in technical details). */
function detailLines(details: Details): string[] {
  const lines: string[] = [];
  const add = (condition: unknown, line: string) => condition !== null && lines.push(line);
  add(text(details.message), text(details.message) ?? '');
  add(text(details.brightpearlOrderId), `Brightpearl order ${text(details.brightpearlOrderId)}`);
  const attempts = Number(details.attempts);
  if (Number.isFinite(attempts) && attempts > 0)
    lines.push(`After ${countOf(attempts, 'attempt')}`);
  add(text(details.trigger), `Started by: ${humanize(text(details.trigger) ?? '')}`);
  add(text(details.mappingVersion), `Mapping version ${text(details.mappingVersion)}`);
  add(text(details.paymentId), `Brightpearl payment ${text(details.paymentId)}`);
  add(text(details.goodsOutNoteId), `Goods-out note ${text(details.goodsOutNoteId)}`);
  add(text(details.creditId), `Brightpearl credit note ${text(details.creditId)}`);
  add(text(details.by), `By ${text(details.by)}`);
  add(text(details.reason), `Reason: ${text(details.reason)}`);
  add(text(details.comment), `Note: “${text(details.comment)}”`);
  if (Array.isArray(details.fields) && details.fields.length > 0) {
    lines.push(`Changed: ${details.fields.map((f) => fieldWords(String(f))).join(', ')}`);
  }
  if (Array.isArray(details.findings)) {
    for (const finding of details.findings as Array<{ reason?: unknown }>) {
      if (typeof finding?.reason === 'string') lines.push(finding.reason);
    }
  }
  if (text(details.resolvedAt)) lines.push(`Resolved ${formatTimestamp(text(details.resolvedAt))}`);
  return lines;
}

function titleOf(entry: OrderTimelineEntry): string {
  if (entry.kind === 'event') {
    const [source = '', type = ''] = entry.title.split(' ');
    return `${capitalise(source)}: ${type.replace(/[.-]/g, ' ')}`;
  }
  if (entry.kind === 'failure') {
    const [flow = '', reason = ''] = entry.title.split(': ');
    const what = flow === 'order' ? 'Sync failed' : `${humanize(flow)} failed`;
    return `${what}: ${humanize(reason)}`;
  }
  if (entry.kind === 'audit') {
    const match = /^(\S+) by (.+)$/.exec(entry.title);
    if (match) return `${match[2]} ${ACTIONS[match[1]!] ?? humanize(match[1]!).toLowerCase()}`;
  }
  return capitalise(entry.title);
}

export function describeEntry(entry: OrderTimelineEntry): EntryText {
  const details =
    entry.details && typeof entry.details === 'object' ? (entry.details as Details) : {};
  return { title: titleOf(entry), lines: detailLines(details) };
}
