/** Shared helpers for the chat cards (Slack, Teams), whose messages have size limits. */

/** Items per kind in a chat card; the rest are summed up with a link to the admin screen. */
export const CHAT_ITEMS_PER_KIND = 10;

/** Keeps whole lines while they fit in `maxChars`, then says how many were left out. */
export function fitLines(lines: string[], maxChars: number): string {
  const kept: string[] = [];
  let used = 0;
  for (const line of lines) {
    if (used + line.length + 1 > maxChars - 40) {
      kept.push(`…and ${lines.length - kept.length} more`);
      break;
    }
    kept.push(line);
    used += line.length + 1;
  }
  return kept.join('\n');
}

export function truncate(text: string, maxChars: number): string {
  return text.length <= maxChars ? text : `${text.slice(0, maxChars - 1)}…`;
}
