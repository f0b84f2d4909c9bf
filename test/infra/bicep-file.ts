import { readFileSync } from 'node:fs';

import { Language, type Node, Parser } from 'web-tree-sitter';

// `az bicep build` cannot run here (the Bicep CLI is a .NET binary fetched from GitHub), so the
// templates are parsed with tree-sitter's Bicep grammar, run as WebAssembly like the C# check,
// and the rules the compiler would enforce are checked on the tree (bicep-rules.ts).

const GRAMMAR_WASM = require.resolve('tree-sitter-bicep/tree-sitter-bicep.wasm');

let parser: Promise<Parser> | undefined;

const bicepParser = (): Promise<Parser> =>
  (parser ??= (async () => {
    await Parser.init();
    const created = new Parser();
    created.setLanguage(await Language.load(GRAMMAR_WASM));
    return created;
  })());

export type DeclarationKind = 'param' | 'var' | 'resource' | 'module' | 'output';

export interface Declaration {
  kind: DeclarationKind;
  name: string;
  line: number;
  node: Node;
  /** The decorator names written above it (`secure`, `description`, …). */
  decorators: string[];
}

export interface BicepFile {
  path: string;
  root: Node;
  declarations: Declaration[];
}

const KINDS: Record<string, DeclarationKind> = {
  parameter_declaration: 'param',
  variable_declaration: 'var',
  resource_declaration: 'resource',
  module_declaration: 'module',
  output_declaration: 'output',
};

const decoratorNames = (node: Node | null): string[] =>
  node?.type === 'decorators'
    ? node.namedChildren.map((d) => d?.namedChildren[0]?.childForFieldName('function')?.text ?? '')
    : [];

export async function parseBicepFile(path: string): Promise<BicepFile> {
  const tree = (await bicepParser()).parse(readFileSync(path, 'utf8'));
  if (!tree) throw new Error(`tree-sitter returned no tree for ${path}`);
  const declarations: Declaration[] = [];
  for (const node of tree.rootNode.namedChildren) {
    const kind = node && KINDS[node.type];
    if (!node || !kind) continue;
    declarations.push({
      kind,
      name: node.namedChildren[0]!.text,
      line: node.startPosition.row + 1,
      node,
      decorators: decoratorNames(node.previousNamedSibling),
    });
  }
  return { path, root: tree.rootNode, declarations };
}

/** Text the grammar could not place, as `line: excerpt`. */
export function syntaxErrors(node: Node, into: string[] = []): string[] {
  if (node.isMissing || node.isError) {
    into.push(
      `${node.startPosition.row + 1}: ${node.isMissing ? 'missing' : 'cannot parse'} ${node.text.slice(0, 40)}`,
    );
    return into;
  }
  if (node.hasError) for (const child of node.children) if (child) syntaxErrors(child, into);
  return into;
}

/** Identifiers used as values (not names being declared, property keys, functions or lambda parameters). */
export function referencedNames(
  node: Node,
  lambdaParams: ReadonlySet<string> = new Set(),
): string[] {
  if (node.type === 'identifier') return lambdaParams.has(node.text) ? [] : [node.text];
  if (node.type === 'lambda_expression') {
    const children = node.namedChildren.filter((c): c is Node => c !== null);
    const params = new Set([...lambdaParams, ...children.slice(0, -1).map((c) => c.text)]);
    return referencedNames(children[children.length - 1]!, params);
  }
  const skip = new Set<Node>();
  if (KINDS[node.type]) skip.add(node.namedChildren[0]!);
  if (node.type === 'object_property') skip.add(node.namedChildren[0]!);
  const fn = node.type === 'call_expression' ? node.childForFieldName('function') : null;
  if (fn) skip.add(fn);
  return node.namedChildren
    .filter((c): c is Node => c !== null && ![...skip].some((s) => s.id === c.id))
    .flatMap((child) => referencedNames(child, lambdaParams));
}

/** A string literal's content (no interpolation), else undefined. */
export const literal = (node: Node | null | undefined): string | undefined =>
  node?.type === 'string' && node.namedChildren.every((c) => c?.type === 'string_content')
    ? node.namedChildren.map((c) => c!.text).join('')
    : undefined;

/** The value of `key:` in an object node. */
export function property(object: Node | undefined, key: string): Node | undefined {
  for (const entry of object?.namedChildren ?? []) {
    if (entry?.type === 'object_property' && entry.namedChildren[0]?.text === key) {
      return entry.namedChildren[1] ?? undefined;
    }
  }
  return undefined;
}
