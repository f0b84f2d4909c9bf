const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
const count = new Intl.NumberFormat();

export const formatCount = (value: number | null | undefined) =>
  value === null || value === undefined ? '—' : count.format(value);

export function formatTimestamp(value: string | null | undefined): string {
  if (!value) return 'Never';
  const time = new Date(value);
  return Number.isNaN(time.getTime()) ? value : dateTime.format(time);
}

/** "12 s ago", "5 min ago", "3 h ago", else the date. */
export function formatAge(value: string | null | undefined, now = Date.now()): string {
  if (!value) return 'Never';
  const seconds = Math.round((now - new Date(value).getTime()) / 1000);
  if (Number.isNaN(seconds)) return value;
  if (seconds < 60) return `${Math.max(seconds, 0)} s ago`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ago`;
  if (seconds < 86_400) return `${Math.floor(seconds / 3600)} h ago`;
  return formatTimestamp(value);
}

/** "unmapped-shipping-method" → "Unmapped shipping method". */
export function humanize(code: string): string {
  const words = code
    .replace(/[-_]+/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  const sentence = words.charAt(0).toUpperCase() + words.slice(1);
  return sentence.replace(/\bsku\b/gi, 'SKU');
}

/** Pretty JSON for payloads and details, shortened so one record cannot flood the page. */
export function formatJson(value: unknown, maxLength = 4000): string {
  const text = JSON.stringify(value, null, 2) ?? '';
  return text.length > maxLength ? `${text.slice(0, maxLength)}\n…` : text;
}
