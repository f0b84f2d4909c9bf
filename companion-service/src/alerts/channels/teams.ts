import type { Digest } from '../digest';
import { droppedNote, firstOf } from '../digest';
import type { AlertChannel } from './channel';
import { CHAT_ITEMS_PER_KIND, fitLines, truncate } from './chat-format';
import { postWebhook } from './webhook';

/** Backslash-escapes the markdown Teams renders, so a title cannot inject links or formatting. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]()#<>!|]/g, (char) => `\\${char}`);
}

/** Parentheses would end a markdown link early. */
function markdownUrl(url: string): string {
  return url.replace(/\(/g, '%28').replace(/\)/g, '%29');
}

/**
 * A MessageCard (what Teams incoming webhooks accept). Its top-level `text` also carries the
 * summary, so receivers that only read `{ text }` still show something useful. Cards are limited
 * to about 28 KB, hence the per-kind cap.
 */
export function teamsMessage(digest: Digest): Record<string, unknown> {
  const critical = digest.groups.some((group) =>
    group.alerts.some((alert) => alert.severity === 'critical'),
  );
  const sections = digest.groups.map((group) => {
    const { shown, more } = firstOf(group.alerts, CHAT_ITEMS_PER_KIND);
    const lines = shown.map(
      (alert) =>
        `- [${escapeMarkdown(alert.title)}](${markdownUrl(alert.link)}): ` +
        escapeMarkdown(truncate(alert.detail, 200)),
    );
    if (more > 0) lines.push(`- …and ${more} more in the admin screen`);
    return {
      activityTitle: `${escapeMarkdown(group.heading)} (${group.alerts.length})`,
      text: fitLines(lines, 6000),
    };
  });
  const note = droppedNote(digest);
  return {
    '@type': 'MessageCard',
    '@context': 'https://schema.org/extensions',
    summary: digest.subject,
    themeColor: critical ? 'D13438' : 'FFB900',
    title: digest.subject,
    text: `${note ? `${escapeMarkdown(note)} ` : ''}[Open the admin screen](${markdownUrl(digest.adminUrl)})`,
    sections,
    potentialAction: [
      {
        '@type': 'OpenUri',
        name: 'Open the admin screen',
        targets: [{ os: 'default', uri: digest.adminUrl }],
      },
    ],
  };
}

export function createTeamsChannel(webhookUrl: string): AlertChannel {
  return {
    name: 'teams',
    send: (digest) => postWebhook('teams', webhookUrl, teamsMessage(digest)),
    close: () => undefined,
  };
}
