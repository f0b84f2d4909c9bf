import path from 'node:path';

import { Language, Parser, type Node } from 'web-tree-sitter';

// The C# glue cannot be compiled here (no .NET SDK, no Kentico NuGet feed), so it is at least
// parsed: tree-sitter's C# grammar, run as WebAssembly (web-tree-sitter) so nothing is built
// natively. The grammar package ships the .wasm; see docs/kentico-extension.md for the choice.

export interface SyntaxProblem {
  /** 1-based, like a compiler's message. */
  line: number;
  column: number;
  /** `ERROR` (text the grammar cannot place) or `MISSING <token>` (a token it had to assume). */
  kind: string;
  /** The start of the offending text, for the message. */
  excerpt: string;
}

const GRAMMAR_WASM = path.join(
  path.dirname(require.resolve('tree-sitter-c-sharp/package.json')),
  'tree-sitter-c_sharp.wasm',
);

let parser: Promise<Parser> | undefined;

/** One parser per process: loading the runtime and the grammar is the slow part. */
export const csharpParser = (): Promise<Parser> =>
  (parser ??= (async () => {
    await Parser.init();
    const created = new Parser();
    created.setLanguage(await Language.load(GRAMMAR_WASM));
    return created;
  })());

const problemAt = (node: Node, kind: string): SyntaxProblem => ({
  line: node.startPosition.row + 1,
  column: node.startPosition.column + 1,
  kind,
  excerpt: node.text.split('\n')[0]!.slice(0, 60),
});

/** Every ERROR and MISSING node, outermost first (an ERROR's insides are not reported again). */
const collectProblems = (node: Node, into: SyntaxProblem[]): void => {
  if (node.isMissing) {
    into.push(problemAt(node, `MISSING ${node.type}`));
    return;
  }
  if (node.isError) {
    into.push(problemAt(node, 'ERROR'));
    return;
  }
  if (!node.hasError) return;
  for (const child of node.children) if (child) collectProblems(child, into);
};

export const csharpSyntaxProblems = async (source: string): Promise<SyntaxProblem[]> => {
  const tree = (await csharpParser()).parse(source);
  if (!tree) throw new Error('tree-sitter returned no tree for a C# source');
  const problems: SyntaxProblem[] = [];
  collectProblems(tree.rootNode, problems);
  tree.delete();
  return problems;
};

export const describeProblem = (file: string, problem: SyntaxProblem): string =>
  `${file}:${problem.line}:${problem.column}: ${problem.kind} near "${problem.excerpt}"`;
