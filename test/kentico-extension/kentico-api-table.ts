import { readFileSync } from 'node:fs';
import path from 'node:path';

import { filesUnder, MODULE_DIR } from './csharp-sources';

// Readers for kentico-api-table.test.ts: the guide's table of Kentico APIs and the Kentico names
// the C# uses. Plain text matching, in the style of csharp-sources.ts.

const GUIDE_FILE = path.resolve(MODULE_DIR, '../docs/kentico-extension.md');
const HEADING = '### Kentico APIs the glue uses';

/** The section of the guide from the heading to the next heading of any level. */
export const apiSection = (guide = readFileSync(GUIDE_FILE, 'utf8')): string => {
  const start = guide.indexOf(HEADING);
  if (start < 0) throw new Error(`docs/kentico-extension.md has no "${HEADING}" section`);
  const next = guide.slice(start + HEADING.length).search(/\n#{1,3} /);
  return next < 0 ? guide.slice(start) : guide.slice(start, start + HEADING.length + next);
};

export const tableRows = (section: string): string[] =>
  section.split('\n').filter((l) => l.startsWith('|'));
export const backtickSpans = (text: string): string[] =>
  [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `name` stands alone in some `code span` of the table (so `User` is not found in `UserInfo`). */
export const missingFromTable = (names: readonly string[], section: string): string[] => {
  const spans = backtickSpans(tableRows(section).join('\n'));
  return names.filter((name) => {
    const token = new RegExp(`(^|[^\\w])${escape(name)}($|[^\\w])`);
    return !spans.some((span) => span === name || token.test(span));
  });
};

/** The hand-written C# (the generated contracts use no Kentico API), `//` comment lines blanked. */
export const csharp = (): { file: string; code: string; text: string }[] =>
  filesUnder(MODULE_DIR, '.cs')
    .filter(({ file }) => !file.includes(`${path.sep}Generated${path.sep}`))
    .map(({ file, text }) => ({
      file: path.relative(MODULE_DIR, file),
      text,
      code: text
        .split('\n')
        .map((line) => (line.trimStart().startsWith('//') ? '' : line))
        .join('\n'),
    }));
export const allCode = (): string =>
  csharp()
    .map(({ code }) => code)
    .join('\n');

/** Types named `...Info` that the C# uses but does not declare, minus .NET's. */
export const kenticoInfoTypes = (): string[] => {
  const code = allCode();
  const declared = new Set([...code.matchAll(/\bclass\s+(\w+Info)\b/g)].map((m) => m[1]!));
  const notKentico = new Set(['CultureInfo', 'TypeInfo', 'TInfo']);
  const used = [...code.matchAll(/\b([A-Z]\w*Info)\b/g)].map((m) => m[1]!);
  return [...new Set(used)].filter((name) => !declared.has(name) && !notKentico.has(name));
};

/** Attributes the C# applies (one per line, the extension's style) that are not .NET's or ours. */
const DOTNET_ATTRIBUTES = new Set(
  ['ApiController', 'IgnoreAntiforgeryToken', 'HttpGet', 'HttpPut', 'HttpPost', 'HttpDelete']
    .concat(['HttpPatch', 'Route', 'FromBody', 'FromQuery', 'FromRoute', 'JsonPropertyName'])
    .concat(['JsonConverter', 'JsonIgnore', 'GeneratedRegex', 'BridgeSignature']),
);
export const kenticoAttributes = (): string[] => {
  const applied = [...allCode().matchAll(/^\s*\[(?:assembly:\s*)?([A-Z]\w*)\s*[(\]]/gm)];
  return [...new Set(applied.map((m) => m[1]!))].filter((name) => !DOTNET_ATTRIBUTES.has(name));
};

/** Each `// UNCONFIRMED` comment with the three comment lines after it, as one string. */
export function unconfirmedComments(text: string): string[] {
  const lines = text.split('\n').map((line) => line.trim());
  return lines.flatMap((line, i) =>
    line.startsWith('//') && line.includes('UNCONFIRMED')
      ? [
          lines
            .slice(i, i + 4)
            .filter((l) => l.startsWith('//'))
            .join(' '),
        ]
      : [],
  );
}
