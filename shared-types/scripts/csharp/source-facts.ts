import ts from 'typescript';

// What the running module cannot tell: JSDoc comments (kept as C# XML docs) and the declared
// types of path-function parameters (a number id must become a C# `long`, not a `string`).

export interface PathParameter {
  name: string;
  type: 'string' | 'long';
}

export interface SourceFacts {
  /** JSDoc of an export, by export name. */
  exportDocs: Map<string, string>;
  /** JSDoc of a property of an object literal inside an export, by `Export.property.nested`. */
  propertyDocs: Map<string, string>;
  /** Parameters of a function inside an exported object, by `EXPORT.key`. */
  functionParameters: Map<string, PathParameter[]>;
}

interface Walk {
  source: ts.SourceFile;
  facts: SourceFacts;
}

const cleanJsDoc = (comment: string): string =>
  comment
    .replace(/^\/\*\*/, '')
    .replace(/\*\/$/, '')
    .split('\n')
    .map((line) => line.replace(/^\s*\*? ?/, '').trimEnd())
    .join('\n')
    .trim();

const jsDocOf = (node: ts.Node, source: ts.SourceFile): string | undefined => {
  const text = source.getFullText();
  const ranges = ts.getLeadingCommentRanges(text, node.getFullStart()) ?? [];
  const docs = ranges.map((r) => text.slice(r.pos, r.end)).filter((c) => c.startsWith('/**'));
  const last = docs.at(-1);
  return last === undefined ? undefined : cleanJsDoc(last);
};

const parametersOf = (fn: ts.SignatureDeclaration, source: ts.SourceFile): PathParameter[] =>
  fn.parameters.map((p) => ({
    name: p.name.getText(source),
    type: p.type?.getText(source) === 'number' ? 'long' : 'string',
  }));

const isFunction = (node: ts.Node): node is ts.ArrowFunction | ts.FunctionExpression =>
  ts.isArrowFunction(node) || ts.isFunctionExpression(node);

const visitProperty = (property: ts.ObjectLiteralElementLike, key: string, walk: Walk): void => {
  const doc = jsDocOf(property, walk.source);
  if (doc) walk.facts.propertyDocs.set(key, doc);
  if (ts.isMethodDeclaration(property)) {
    walk.facts.functionParameters.set(key, parametersOf(property, walk.source));
  } else if (ts.isPropertyAssignment(property)) {
    if (isFunction(property.initializer)) {
      walk.facts.functionParameters.set(key, parametersOf(property.initializer, walk.source));
    }
    visit(property.initializer, key, walk);
  }
};

/** Every object literal below an export, keyed by the chain of property names leading to it. */
const visit = (node: ts.Node, prefix: string, walk: Walk): void => {
  if (!ts.isObjectLiteralExpression(node)) {
    ts.forEachChild(node, (child) => visit(child, prefix, walk));
    return;
  }
  for (const property of node.properties) {
    const name = property.name;
    if (name && (ts.isIdentifier(name) || ts.isStringLiteral(name))) {
      visitProperty(property, `${prefix}.${name.text}`, walk);
    }
  }
};

const isExported = (statement: ts.VariableStatement): boolean =>
  statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) ?? false;

export const readSourceFacts = (options: { fileName: string; text: string }): SourceFacts => {
  const source = ts.createSourceFile(options.fileName, options.text, ts.ScriptTarget.ES2022, true);
  const facts: SourceFacts = {
    exportDocs: new Map(),
    propertyDocs: new Map(),
    functionParameters: new Map(),
  };
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement) || !isExported(statement)) continue;
    const doc = jsDocOf(statement, source);
    for (const declaration of statement.declarationList.declarations) {
      if (!ts.isIdentifier(declaration.name) || !declaration.initializer) continue;
      if (doc) facts.exportDocs.set(declaration.name.text, doc);
      visit(declaration.initializer, declaration.name.text, { source, facts });
    }
  }
  return facts;
};
