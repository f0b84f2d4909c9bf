const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
const count = new Intl.NumberFormat();

export const formatCount = (value: number | null | undefined) =>
  value === null || value === undefined ? '—' : count.format(value);

export function formatTimestamp(value: string | null | undefined): string {
  if (!value) return 'Never';
  const time = new Date(value);
  return Number.isNaN(time.getTime()) ? value : dateTime.format(time);
}

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
const plurals = new Intl.PluralRules('en');

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['second', 60],
  ['minute', 3600],
  ['hour', 86_400],
  ['day', 7 * 86_400],
];
const SECONDS_IN: Record<string, number> = { second: 1, minute: 60, hour: 3600, day: 86_400 };

/** "10 seconds ago", "5 minutes ago", "yesterday", "3 days ago"; a week or more: the date. */
export function formatAge(value: string | null | undefined, now = Date.now()): string {
  if (!value) return 'Never';
  const seconds = Math.round((now - new Date(value).getTime()) / 1000);
  if (Number.isNaN(seconds)) return value;
  if (seconds < 1) return relative.format(0, 'second');
  for (const [unit, below] of UNITS) {
    if (seconds < below) return relative.format(-Math.floor(seconds / SECONDS_IN[unit]!), unit);
  }
  return formatTimestamp(value);
}

/**
 * "1 order", "2 orders", "3 order statuses": the word chosen by Intl.PluralRules. `plural`
 * when adding an s is wrong ("status" → "statuses").
 */
export function countOf(value: number, singular: string, plural = `${singular}s`): string {
  return `${count.format(value)} ${plurals.select(value) === 'one' ? singular : plural}`;
}

/** A noun's plural for the few irregular ones the screens use ("status" → "statuses"). */
export function pluralOf(noun: string): string {
  // A unit after the noun stays last: "tax rate %" → "tax rates %".
  const [, word = noun, unit = ''] = /^(.*?)(\s*%)?$/.exec(noun) ?? [];
  return /(s|x|ch|sh)$/i.test(word) ? `${word}es${unit}` : `${word}s${unit}`;
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

// Past and future times and durations for the Jobs and Audit screens (Intl).
const relativeBothWays = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
const RELATIVE_STEPS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 365],
];

/** Past or future: "in 5 minutes", "3 hours ago", "tomorrow"; "Never" without a time. */
export function relativeTime(value: string | null | undefined, now = Date.now()): string {
  if (!value) return 'Never';
  let amount = (new Date(value).getTime() - now) / 1000;
  if (Number.isNaN(amount)) return value;
  for (const [unit, size] of RELATIVE_STEPS) {
    if (Math.abs(amount) < size) return relativeBothWays.format(Math.round(amount), unit);
    amount /= size;
  }
  return formatTimestamp(value);
}

const units = (unit: 'second' | 'minute' | 'hour') =>
  new Intl.NumberFormat('en', { style: 'unit', unit, unitDisplay: 'long' });
const SECONDS = units('second');
const MINUTES = units('minute');
const HOURS = units('hour');

/** "45 seconds", "12 minutes", "2 hours" (rounded to the largest unit that fits). */
export function durationText(seconds: number): string {
  if (seconds < 90) return SECONDS.format(Math.max(0, Math.round(seconds)));
  if (seconds < 90 * 60) return MINUTES.format(Math.round(seconds / 60));
  return HOURS.format(Math.round(seconds / 360) / 10);
}
