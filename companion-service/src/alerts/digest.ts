import { ALERT_KINDS } from './types';
import type { Alert, AlertKind } from './types';

/** One message's worth of alerts, grouped by kind, most urgent kind first. */
export interface Digest {
  subject: string;
  adminUrl: string;
  groups: Array<{ kind: AlertKind; heading: string; alerts: Alert[] }>;
  total: number;
  /** Alerts dropped because a channel kept failing and its pending list hit its bound. */
  dropped: number;
}

const HEADINGS: Record<AlertKind, string> = {
  'connection-unauthorised': 'Connections refused',
  'connection-down': 'Connections down',
  'connection-expiring': 'Connections to renew',
  'order-missing': 'Orders missing in Brightpearl',
  'budget-exhausted': 'Brightpearl request budget used up',
  'dead-letters': 'New failures waiting to be fixed',
  'orders-held': 'Orders held for review',
};

export const PRODUCT_NAME = 'Brightpearl Connect';

export function buildDigest(
  alerts: Alert[],
  context: { adminUrl: string; dropped: number },
): Digest {
  const groups = ALERT_KINDS.map((kind) => ({
    kind,
    heading: HEADINGS[kind],
    alerts: alerts.filter((alert) => alert.kind === kind),
  })).filter((group) => group.alerts.length > 0);
  const total = alerts.length + context.dropped;
  const problems = total === 1 ? '1 problem needs' : `${total} problems need`;
  return {
    subject: `${PRODUCT_NAME}: ${problems} attention`,
    adminUrl: context.adminUrl,
    groups,
    total,
    dropped: context.dropped,
  };
}

export function droppedNote(digest: Digest): string | undefined {
  if (digest.dropped === 0) return undefined;
  return (
    `${digest.dropped} older alert(s) could not be delivered in time and were dropped; ` +
    'the admin screen shows the current state.'
  );
}

/** Chat cards have size limits (Slack 3,000 characters a section): show the first few. */
export function firstOf<T>(items: T[], limit: number): { shown: T[]; more: number } {
  return { shown: items.slice(0, limit), more: Math.max(0, items.length - limit) };
}

/** Plain text: the e-mail's text part, and readable in any client. */
export function renderText(digest: Digest): string {
  const lines = [digest.subject, ''];
  for (const group of digest.groups) {
    lines.push(`${group.heading} (${group.alerts.length})`);
    for (const alert of group.alerts) {
      lines.push(`- ${alert.title}${alert.severity === 'critical' ? ' [critical]' : ''}`);
      lines.push(`  ${alert.detail}`, `  ${alert.link}`);
    }
    lines.push('');
  }
  const note = droppedNote(digest);
  if (note) lines.push(note, '');
  lines.push(`Open the admin screen: ${digest.adminUrl}`);
  return lines.join('\n');
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Simple HTML: every value escaped, since titles may carry order numbers or reason codes. */
export function renderHtml(digest: Digest): string {
  const link = (href: string, label: string) =>
    `<a href="${escapeHtml(href)}">${escapeHtml(label)}</a>`;
  const sections = digest.groups.map((group) => {
    const items = group.alerts.map(
      (alert) =>
        `<li><strong>${link(alert.link, alert.title)}</strong>` +
        `${alert.severity === 'critical' ? ' (critical)' : ''}<br>${escapeHtml(alert.detail)}</li>`,
    );
    return `<h3>${escapeHtml(group.heading)} (${group.alerts.length})</h3><ul>${items.join('')}</ul>`;
  });
  const note = droppedNote(digest);
  return [
    `<h2>${escapeHtml(digest.subject)}</h2>`,
    ...sections,
    note ? `<p>${escapeHtml(note)}</p>` : '',
    `<p>${link(digest.adminUrl, 'Open the admin screen')}</p>`,
  ].join('\n');
}
