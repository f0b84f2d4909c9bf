import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

// The Kentico extension's C# cannot be compiled here (no .NET SDK), so these helpers read it as
// text. The parsing is deliberately plain (regexes over the files) and relies on the extension's
// own style: one attribute per line, string constants as `const string Name = "value";`.

export const MODULE_DIR = path.resolve(__dirname, '../../kentico-admin-module');
export const CLIENT_SRC = path.join(MODULE_DIR, 'Client', 'src');
export const GENERATED_DIR = path.join(MODULE_DIR, 'Contracts', 'Generated');

const SKIPPED_DIRS = new Set(['Client', 'bin', 'obj', 'node_modules']);

export interface SourceFile {
  file: string;
  text: string;
}

export function filesUnder(dir: string, extension: string, skip = SKIPPED_DIRS): SourceFile[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return skip.has(entry.name) ? [] : filesUnder(full, extension, skip);
    return entry.name.endsWith(extension) ? [{ file: full, text: readFileSync(full, 'utf8') }] : [];
  });
}

/** The extension's hand-written C# (Contracts/Generated is the generator's business). */
export function extensionSources(): SourceFile[] {
  return filesUnder(MODULE_DIR, '.cs').filter(({ file }) => !file.startsWith(GENERATED_DIR));
}

/** Every `const string X = "..."` of every C# file, keyed `Class.X` by the class declared above it. */
export function stringConstants(files: SourceFile[]): Map<string, string> {
  const constants = new Map<string, string>();
  for (const { text } of files) {
    let currentClass = '';
    for (const line of text.split('\n')) {
      const declared = /\bclass\s+(\w+)/.exec(line);
      if (declared) currentClass = declared[1]!;
      const constant = /\bconst\s+string\s+(\w+)\s*=\s*"([^"]*)"\s*;/.exec(line);
      if (constant && currentClass) constants.set(`${currentClass}.${constant[1]}`, constant[2]!);
    }
  }
  return constants;
}

/** `BridgeRoutes.Base + BridgePaths.OrderTemplate` or `"/x"` → the string it stands for. */
export function evaluateConstantExpression(
  expression: string,
  constants: Map<string, string>,
): string {
  return expression
    .split('+')
    .map((part) => part.trim())
    .map((part) => {
      const literal = /^"([^"]*)"$/.exec(part);
      if (literal) return literal[1]!;
      const value = constants.get(part);
      if (value === undefined) throw new Error(`Unknown C# constant ${part}`);
      return value;
    })
    .join('');
}

export interface CsEndpoint {
  verb: string;
  route: string;
  file: string;
}

/** The bridge actions: `[HttpGet(...)]`-style attributes with their route constants resolved. */
export function bridgeEndpoints(): CsEndpoint[] {
  const constants = stringConstants([...extensionSources(), ...filesUnder(GENERATED_DIR, '.g.cs')]);
  return extensionSources().flatMap(({ file, text }) =>
    [...withoutComments(text).matchAll(/\[Http(Get|Put|Post|Delete|Patch)\(([^)\]]+)\)\]/g)].map(
      (match) => ({
        verb: match[1]!.toUpperCase(),
        route: evaluateConstantExpression(match[2]!, constants),
        file: path.relative(MODULE_DIR, file),
      }),
    ),
  );
}

/** The text with `//` and `///` comment lines blanked (doc comments quote attributes as examples). */
const withoutComments = (text: string): string =>
  text
    .split('\n')
    .map((line) => (line.trimStart().startsWith('//') ? '' : line))
    .join('\n');

/** `/orders/{guid}/status` → `/orders/{}/status`: parameter names are each side's own business. */
export const shapeOf = (route: string): string => route.replace(/\{[^}]+\}/g, '{}');
