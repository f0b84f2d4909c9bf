/**
 * Secrets and personal data never reach the logs. Matching is on key names, recursively, so a
 * Brightpearl or Kentico payload logged by mistake is still masked.
 */
const SENSITIVE_KEY =
  /(token|secret|password|authorization|signature|cookie|e-?mail|phone|telephone|firstname|lastname|fullname|addressline|address_line|street|postalcode|postcode|zip|line1|line2|city)/i;

export const REDACTED = '[redacted]';

export function redact(value: unknown, depth = 0): unknown {
  if (depth > 8 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  if (value instanceof Error) return { name: value.name, message: value.message };
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [key, redactEntry(key, inner, depth + 1)]),
  );
}

export function redactEntry(key: string, value: unknown, depth = 0): unknown {
  return SENSITIVE_KEY.test(key) ? REDACTED : redact(value, depth);
}
