import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import type { GeneratedFile } from './generate';

// The generated folder holds the generator's files and nothing else, so "differs" has three
// kinds: a file with other content (stale), a file not there (missing), a file not produced (extra).

export interface OutputDifference {
  stale: string[];
  missing: string[];
  extra: string[];
}

const existingFiles = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => e.name)
        .sort()
    : [];

/** A checkout with CRLF line endings (git autocrlf on Windows) holds the same text. */
const sameText = (a: string, b: string): boolean =>
  a.replace(/\r\n/g, '\n') === b.replace(/\r\n/g, '\n');

export const compareOutput = (dir: string, files: GeneratedFile[]): OutputDifference => {
  const present = new Set(existingFiles(dir));
  const expected = new Set(files.map((f) => f.fileName));
  return {
    stale: files
      .filter((f) => present.has(f.fileName))
      .filter((f) => !sameText(readFileSync(path.join(dir, f.fileName), 'utf8'), f.content))
      .map((f) => f.fileName),
    missing: files.filter((f) => !present.has(f.fileName)).map((f) => f.fileName),
    extra: [...present].filter((name) => !expected.has(name)),
  };
};

export const isUpToDate = (difference: OutputDifference): boolean =>
  difference.stale.length + difference.missing.length + difference.extra.length === 0;

export const describeDifference = (difference: OutputDifference, dir: string): string => {
  const lines = (label: string, names: string[]) => names.map((n) => `  ${label} ${n}`);
  return [
    `The generated C# contracts in ${dir} are out of date:`,
    ...lines('stale:  ', difference.stale),
    ...lines('missing:', difference.missing),
    ...lines('extra:  ', difference.extra),
    'Run `npm run generate:csharp` and commit the result.',
  ].join('\n');
};

/** Writes what changed and removes files the schemas no longer produce. */
export const writeOutput = (dir: string, files: GeneratedFile[]): OutputDifference => {
  const difference = compareOutput(dir, files);
  mkdirSync(dir, { recursive: true });
  const changed = new Set([...difference.stale, ...difference.missing]);
  for (const file of files.filter((f) => changed.has(f.fileName))) {
    writeFileSync(path.join(dir, file.fileName), file.content, 'utf8');
  }
  for (const name of difference.extra) rmSync(path.join(dir, name));
  return difference;
};
