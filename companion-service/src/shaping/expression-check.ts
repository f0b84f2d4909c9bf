import type { z } from 'zod';

import { compileExpression, isBuiltInFunction } from './engine';
import { ExpressionError, locate, tokenStart } from './expression-error';
import type { InputShape } from './inputs';
import { closestField, fieldsOf, unwrap } from './schema-fields';

// Reads the compiled expression's syntax tree (no evaluation) for two merchant typos: a field
// the input does not have ("OrderNumbr") and a function JSONata does not have ("$uppercse").

interface Node {
  type: string;
  value?: unknown;
  position?: number;
  steps?: Node[];
  stages?: Node[];
  predicate?: Node[];
  expr?: Node;
  lhs?: Node | Node[] | Node[][];
  rhs?: Node;
  condition?: Node;
  then?: Node;
  else?: Node;
  arguments?: Node[];
  procedure?: Node;
  expressions?: Node[];
  expression?: Node;
  body?: Node;
  group?: { lhs: Node[][] };
  pattern?: Node;
  update?: Node;
  delete?: Node;
}

/** Where names resolve: a schema and its plain name, or unknown (inside a lambda, after $fn…). */
type Scope = { schema: z.ZodType; what: string } | undefined;

interface Walk {
  text: string;
  shape: InputShape;
  problems: ExpressionError[];
  called: Array<{ name: string; position: number }>;
  bound: Set<string>;
}

/** Every unknown field and unknown function in `text`; a syntax error is thrown as is. */
export async function checkExpressionNames(
  text: string,
  shape: InputShape,
): Promise<ExpressionError[]> {
  const ast = compileExpression(text).ast() as Node;
  const walk: Walk = { text, shape, problems: [], called: [], bound: new Set() };
  visit(walk, ast, { schema: shape.schema, what: shape.what });
  for (const call of walk.called) {
    if (walk.bound.has(call.name) || call.name in shape.variables) continue;
    if (await isBuiltInFunction(call.name)) continue;
    const where = locate(text, tokenStart(call.position, call.name, '$'));
    walk.problems.push(new ExpressionError(`the function $${call.name} does not exist`, where));
  }
  return walk.problems;
}

function visit(walk: Walk, node: Node | undefined, scope: Scope): void {
  if (!node || typeof node !== 'object') return;
  if (node.type === 'path') return visitPath(walk, node, scope);
  if (node.type === 'function' || node.type === 'partial') noteCall(walk, node);
  if (node.type === 'bind' && !Array.isArray(node.lhs) && node.lhs?.type === 'variable') {
    walk.bound.add(String(node.lhs.value));
  }
  if (node.type === 'lambda') {
    node.arguments?.forEach((argument) => walk.bound.add(String(argument.value)));
    return visit(walk, node.body, undefined);
  }
  for (const child of children(node)) visit(walk, child, scope);
  node.stages?.forEach((stage) => visit(walk, stage.expr, element(scope)));
  node.predicate?.forEach((stage) => visit(walk, stage.expr, element(scope)));
}

function visitPath(walk: Walk, node: Node, scope: Scope): void {
  let current = scope;
  node.steps?.forEach((step, index) => {
    if (step.type === 'name') current = field(walk, step, current);
    else if (step.type === 'variable' && index === 0) current = variable(walk, step, scope);
    else {
      visit(walk, step, current);
      current = undefined;
    }
    step.stages?.forEach((stage) => visit(walk, stage.expr, element(current)));
    step.predicate?.forEach((stage) => visit(walk, stage.expr, element(current)));
  });
  node.group?.lhs.forEach((pair) => pair.forEach((part) => visit(walk, part, current)));
}

function field(walk: Walk, step: Node, scope: Scope): Scope {
  if (!scope) return undefined;
  const fields = fieldsOf(scope.schema);
  if (!fields) return undefined;
  const name = String(step.value);
  const child = fields[name];
  if (child) return { schema: child, what: name };
  const hint = closestField(name, Object.keys(fields));
  const where = locate(walk.text, tokenStart(step.position ?? 0, name));
  const suggestion = hint ? ` (did you mean ${hint}?)` : '';
  walk.problems.push(
    new ExpressionError(`field ${name} is not a field of ${scope.what}${suggestion}`, where),
  );
  return undefined;
}

function variable(walk: Walk, step: Node, scope: Scope): Scope {
  const name = String(step.value);
  if (name === '') return scope;
  return walk.shape.variables[name];
}

function noteCall(walk: Walk, node: Node): void {
  const procedure = node.procedure;
  if (procedure?.type === 'variable') {
    walk.called.push({ name: String(procedure.value), position: procedure.position ?? 0 });
  }
}

const element = (scope: Scope): Scope =>
  scope ? { schema: unwrap(scope.schema), what: scope.what } : undefined;

function children(node: Node): Node[] {
  const lhs = Array.isArray(node.lhs) ? node.lhs.flat() : node.lhs ? [node.lhs] : [];
  const list: Array<Node | undefined> = [
    ...(node.type === 'bind' ? [] : lhs),
    node.rhs,
    node.condition,
    node.then,
    node.else,
    node.expression,
    node.pattern,
    node.update,
    node.delete,
    ...(node.arguments ?? []),
    ...(node.expressions ?? []),
    ...(node.group?.lhs.flat() ?? []),
  ];
  return list.filter((child): child is Node => Boolean(child) && typeof child === 'object');
}
