import type { Digest } from '../digest';
import { droppedNote, firstOf } from '../digest';
import type { AlertChannel } from './channel';
import { CHAT_ITEMS_PER_KIND, fitLines, truncate } from './chat-format';
import { postWebhook } from './webhook';

/** Slack's mrkdwn treats these three as control characters. */
function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function link(url: string, label: string): string {
  return `<${escapeSlack(url)}|${escapeSlack(label).replace(/\|/g, '/')}>`;
}

/**
 * `text` is what notifications and old clients show; `blocks` is the readable digest. Slack caps a
 * section at 3,000 characters and a header at 150, hence the trimming.
 */
export function slackMessage(digest: Digest): { text: string; blocks: unknown[] } {
  const sections = digest.groups.map((group) => {
    const { shown, more } = firstOf(group.alerts, CHAT_ITEMS_PER_KIND);
    const lines = shown.map(
      (alert) =>
        `• ${link(alert.link, alert.title)}${alert.severity === 'critical' ? ' :red_circle:' : ''}` +
        `\n   ${escapeSlack(truncate(alert.detail, 200))}`,
    );
    if (more > 0) lines.push(`…and ${more} more in the admin screen`);
    const heading = `*${escapeSlack(group.heading)} (${group.alerts.length})*`;
    return {
      type: 'section',
      text: { type: 'mrkdwn', text: fitLines([heading, ...lines], 3000) },
    };
  });
  const note = droppedNote(digest);
  const footer = `${note ? `${escapeSlack(note)}\n` : ''}${link(digest.adminUrl, 'Open the admin screen')}`;
  return {
    text: `${escapeSlack(digest.subject)}: ${link(digest.adminUrl, 'open the admin screen')}`,
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: truncate(digest.subject, 150) } },
      ...sections,
      { type: 'context', elements: [{ type: 'mrkdwn', text: footer }] },
    ],
  };
}

export function createSlackChannel(webhookUrl: string): AlertChannel {
  return {
    name: 'slack',
    send: (digest) => postWebhook('slack', webhookUrl, slackMessage(digest)),
    close: () => undefined,
  };
}
