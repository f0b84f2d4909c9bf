// C# identifiers and literals from JSON/TypeScript names. Kept free of any knowledge of schemas so
// the rules can be read (and tested) in one place.

const CSHARP_KEYWORDS = new Set(
  (
    'abstract as base bool break byte case catch char checked class const continue decimal ' +
    'default delegate do double else enum event explicit extern false finally fixed float for ' +
    'foreach goto if implicit in int interface internal is lock long namespace new null object ' +
    'operator out override params private protected public readonly ref return sbyte sealed short ' +
    'sizeof stackalloc static string struct switch this throw true try typeof uint ulong ' +
    'unchecked unsafe ushort using virtual void volatile while'
  ).split(' '),
);

const words = (raw: string): string[] => raw.split(/[^A-Za-z0-9]+/).filter((w) => w.length > 0);

const startsSafely = (name: string): string => (/^[0-9]/.test(name) ? `_${name}` : name || '_');

/** `OrderGUID` stays `OrderGUID`, `modifiedSince` becomes `ModifiedSince`: wire casing is kept. */
export const propertyName = (jsonName: string): string =>
  startsSafely(
    words(jsonName)
      .map((w) => w[0]!.toUpperCase() + w.slice(1))
      .join(''),
  );

/** `order.status-changed` → `OrderStatusChanged`, `MAX_STOCK_BATCH` → `MaxStockBatch`, `LIVE` → `Live`. */
export const constantName = (raw: string): string =>
  startsSafely(
    words(raw)
      .map((w) => (w === w.toUpperCase() ? w[0]! + w.slice(1).toLowerCase() : w))
      .map((w) => w[0]!.toUpperCase() + w.slice(1))
      .join(''),
  );

/** A parameter keeps its TypeScript name; C# keywords get the verbatim prefix. */
export const parameterName = (raw: string): string => {
  const name = startsSafely(raw.replace(/[^A-Za-z0-9_]/g, ''));
  return CSHARP_KEYWORDS.has(name) ? `@${name}` : name;
};

/** The class of allowed values of an enum: `KenticoEventType` → `KenticoEventTypes`. */
export const pluralize = (name: string): string => {
  if (/(s|x|ch|sh)$/.test(name)) return `${name}es`;
  if (/[^aeiou]y$/.test(name)) return `${name.slice(0, -1)}ies`;
  return `${name}s`;
};

/** The element type of a list property: `Lines` → `Line`; a name that is not a plural gets `Item`. */
export const singularize = (name: string): string => {
  if (/ies$/.test(name)) return `${name.slice(0, -3)}y`;
  if (/(ss|x|ch|sh)es$/.test(name)) return name.slice(0, -2);
  if (/[^s]s$/.test(name)) return name.slice(0, -1);
  return `${name}Item`;
};

const escapeChar = (char: string): string => {
  if (char === '"') return '\\"';
  if (char === '\\') return '\\\\';
  const code = char.charCodeAt(0);
  return code < 0x20 || code > 0x7e ? `\\u${code.toString(16).padStart(4, '0')}` : char;
};

/** A regular C# string literal; non-ASCII is escaped (per UTF-16 unit) so the files stay ASCII. */
export const csharpString = (value: string): string =>
  `"${value.split('').map(escapeChar).join('')}"`;

/** Literal text inside an interpolated string: braces double, the rest as in a string literal. */
export const interpolatedText = (value: string): string =>
  csharpString(value).slice(1, -1).replace(/\{/g, '{{').replace(/\}/g, '}}');

/** Makes names unique in one scope (and different from the enclosing type, which C# forbids). */
export const uniqueNames = (names: string[], enclosingType: string): string[] => {
  const taken = new Set([enclosingType]);
  return names.map((name) => {
    let candidate = name;
    for (let n = 2; taken.has(candidate); n += 1) candidate = `${name}${n}`;
    taken.add(candidate);
    return candidate;
  });
};

/** Plain comment text (JSDoc, a zod description) as XML doc content; `code` becomes <c>code</c>. */
export const xmlDoc = (text: string): string =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/`([^`\n]+)`/g, '<c>$1</c>');
