/**
 * `npm run check:csharp-syntax`: parses every .cs file of kentico-admin-module (the hand-written
 * glue and Contracts/Generated) with tree-sitter's C# grammar and exits 1 listing
 * `file:line:column` of each syntax error. Not a compiler: names, types and Kentico APIs are not
 * checked (docs/kentico-extension.md, "Kentico APIs the glue uses", covers those).
 */
import path from 'node:path';

import { filesUnder, MODULE_DIR } from './csharp-sources';
import { csharpSyntaxProblems, describeProblem } from './csharp-syntax';

export interface SyntaxReport {
  files: number;
  problems: string[];
}

export const checkCsharpSyntax = async (dir = MODULE_DIR): Promise<SyntaxReport> => {
  const sources = filesUnder(dir, '.cs');
  const problems: string[] = [];
  for (const { file, text } of sources) {
    const shown = path.relative(path.dirname(dir), file);
    for (const problem of await csharpSyntaxProblems(text)) {
      problems.push(describeProblem(shown, problem));
    }
  }
  return { files: sources.length, problems };
};

if (require.main === module) {
  void checkCsharpSyntax().then(({ files, problems }) => {
    if (files === 0) {
      process.stderr.write(`No .cs files under ${MODULE_DIR}\n`);
      process.exitCode = 1;
    } else if (problems.length > 0) {
      process.stderr.write(`${problems.join('\n')}\n${problems.length} C# syntax error(s)\n`);
      process.exitCode = 1;
    } else {
      process.stdout.write(`${files} C# files parse without syntax errors.\n`);
    }
  });
}
