/**
 * Text Postgres cannot store or that no honest sender produces: NUL (refused in text and jsonb)
 * and lone UTF-16 surrogates (refused in jsonb, mangled in text). Checked before the store, so
 * such a body is a 400 naming the field — never a store error answered with a retryable 503.
 */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const unstorable = (text: string) => text.includes('\u0000') || LONE_SURROGATE.test(text);

/**
 * The path of the first key or string value holding such text ("" for the body itself).
 * Walks with its own stack: a deeply nested body must not overflow the call stack.
 */
export function findUnstorableText(body: unknown): string | undefined {
  const pending: Array<{ value: unknown; path: string }> = [{ value: body, path: '' }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { value, path } = next;
    if (typeof value === 'string') {
      if (unstorable(value)) return path;
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    for (const [key, item] of Object.entries(value).reverse()) {
      const itemPath = path ? `${path}.${key}` : key;
      if (unstorable(key)) return itemPath;
      pending.push({ value: item, path: itemPath });
    }
  }
  return undefined;
}

/** The 400 answer for it: the field, and why, without echoing the bad text back. */
export function unstorableTextAnswer(field: string): { error: string; field: string } {
  const name = field || 'body';
  return {
    error: `${name}: contains a NUL character or a lone surrogate, which cannot be stored`,
    field: name,
  };
}
