import type { AuditEntry } from '@bpkc/shared-types';

import { humanize } from '../shared/format';

/** Every action the companion audits, in the words an operator would use. */
export const ACTION_TEXT: Record<string, string> = {
  'failure.replay': 'Retried a failed sync',
  'failure.discard': 'Dismissed a failed sync',
  'order.resend': 'Sent an order to Brightpearl again',
  'order.edit': 'Corrected an order before retrying it',
  'order.approve': 'Approved a held order',
  'order.reject': 'Rejected a held order',
  'mapping.update': 'Changed mappings or settings',
  'mapping.revert': 'Went back to an earlier mapping version',
  'configuration.import': 'Imported a configuration',
  'configuration.template': 'Applied a configuration template',
  'suggestion.accept': 'Accepted a mapping suggestion',
  'suggestion.reject': 'Turned down a mapping suggestion',
  'webhooks.register': 'Renewed Brightpearl change notifications',
  'brightpearl.connected': 'Connected the Brightpearl account',
  'job.run': 'Started a job',
};

/** The kinds of record the filter offers (the target before its colon). */
export const TARGET_KIND_TEXT = {
  order: 'Orders',
  failure: 'Failed syncs',
  mapping: 'Mappings and settings',
  suggestion: 'Suggestions',
  job: 'Jobs',
  connection: 'Connection',
} as const;

const JOB_TEXT: Record<string, string> = {
  'catalog-import': 'Product import',
  'stock-compare': 'Full stock check',
};

export const actionText = (action: string) => ACTION_TEXT[action] ?? humanize(action);

/** One entry's action, naming the job a Run now started ("Started the full stock check"). */
export function entryText(entry: AuditEntry): string {
  const job = entry.action === 'job.run' ? JOB_TEXT[entry.target.replace(/^job:/, '')] : undefined;
  return job ? `Started the ${job.toLowerCase()}` : actionText(entry.action);
}

/** The record an entry is about, as text and, where a screen shows it, a link. */
export function recordOf(entry: AuditEntry): { text: string; href: string | null } {
  const [kind = '', ...rest] = entry.target.split(':');
  const id = rest.join(':');
  const details = detailsOf(entry);
  switch (kind) {
    case 'order':
      // The order page shows its number; a GUID is shortened to what tells orders apart.
      return { text: `Order ${details.orderNumber ?? `${id.slice(0, 8)}…`}`, href: `orders/${id}` };
    case 'failure':
      return { text: `Failed sync ${id}`, href: 'failures' };
    case 'mapping':
      return { text: `Mapping version ${id}`, href: 'mappings' };
    case 'suggestion':
      return { text: 'Mapping suggestion', href: 'suggestions' };
    case 'job':
      return { text: JOB_TEXT[id] ?? humanize(id), href: 'jobs' };
    case 'connection':
      return {
        text: id === 'brightpearl' ? 'Brightpearl account' : humanize(id),
        href: 'connection',
      };
    default:
      return { text: entry.target, href: null };
  }
}

/** The comment, reason or version an entry carries, in one line (empty when none). */
export function detailText(entry: AuditEntry): string {
  const details = detailsOf(entry);
  const parts: string[] = [];
  if (typeof details.recordKey === 'string' && entry.target.startsWith('failure:'))
    parts.push(`${humanize(String(details.flow ?? 'record'))} ${details.recordKey}`);
  if (typeof details.revertedTo === 'number') parts.push(`back to version ${details.revertedTo}`);
  if (typeof details.reason === 'string') parts.push(humanize(details.reason));
  if (typeof details.comment === 'string' && details.comment) parts.push(`“${details.comment}”`);
  return parts.join(' · ');
}

function detailsOf(entry: AuditEntry): Record<string, unknown> {
  return typeof entry.details === 'object' && entry.details !== null
    ? (entry.details as Record<string, unknown>)
    : {};
}
