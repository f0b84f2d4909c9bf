import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

import type { Node } from 'web-tree-sitter';

import {
  type BicepFile,
  type Declaration,
  literal,
  parseBicepFile,
  property,
  referencedNames,
  syntaxErrors,
} from './bicep-file';

/** Names Bicep provides without a declaration (namespaces used as values). */
const BUILT_IN_VALUES = new Set(['az', 'sys']);
/** A parameter by this name carries a secret value (not a secret's *name*). */
const SECRET_PARAM = /(password|secret|token|connectionstring)$/i;
const RESOURCE_TYPE = /^[A-Za-z]+\.[A-Za-z.]+\/[A-Za-z/]+@\d{4}-\d{2}-\d{2}(-preview)?$/;

const hasDefault = (param: Declaration) => param.node.namedChildren.length > 2;
const named = (file: BicepFile, kind: Declaration['kind']) =>
  file.declarations.filter((d) => d.kind === kind);
const at = (file: BicepFile, line: number, text: string) => `${file.path}:${line}: ${text}`;

/** One file on its own: syntax, declarations, API versions, secrets. */
export function fileProblems(file: BicepFile): string[] {
  const problems = syntaxErrors(file.root).map((error) => `${file.path}:${error}`);
  const declared = new Set(file.declarations.filter((d) => d.kind !== 'output').map((d) => d.name));
  const used = new Set<string>();
  for (const name of referencedNames(file.root)) {
    used.add(name);
    if (!declared.has(name) && !BUILT_IN_VALUES.has(name)) {
      problems.push(at(file, 0, `'${name}' is used but never declared`));
    }
  }
  for (const d of file.declarations) {
    if ((d.kind === 'param' || d.kind === 'var') && !used.has(d.name)) {
      problems.push(at(file, d.line, `${d.kind} '${d.name}' is declared but never used`));
    }
    if (d.kind === 'resource' && !RESOURCE_TYPE.test(literal(d.node.namedChildren[1]) ?? '')) {
      problems.push(at(file, d.line, `resource '${d.name}' has no Namespace/type@api-version`));
    }
  }
  for (const param of named(file, 'param')) {
    const secure = param.decorators.includes('secure');
    if (SECRET_PARAM.test(param.name) && !secure) {
      problems.push(at(file, param.line, `secret param '${param.name}' needs @secure()`));
    }
    if (secure && hasDefault(param)) {
      problems.push(at(file, param.line, `secure param '${param.name}' must not have a default`));
    }
  }
  return problems;
}

const moduleBody = (module: Declaration): Node | undefined =>
  module.node.namedChildren.find((c) => c?.type === 'object') ?? undefined;

/** A module's path exists, every param it passes is declared there, every required one is passed. */
async function moduleProblems(file: BicepFile, module: Declaration): Promise<string[]> {
  const relative = literal(module.node.namedChildren[1]);
  const target = relative && join(dirname(file.path), relative);
  if (!target || !existsSync(target)) {
    return [at(file, module.line, `module '${module.name}' path ${relative} does not exist`)];
  }
  const child = await parseBicepFile(target);
  const passed = new Set(
    (property(moduleBody(module), 'params')?.namedChildren ?? []).map(
      (p) => p?.namedChildren[0]?.text,
    ),
  );
  const params = named(child, 'param');
  const problems = [...passed]
    .filter((name) => !params.some((p) => p.name === name))
    .map((name) => at(file, module.line, `module '${module.name}' has no param '${name}'`));
  for (const param of params.filter((p) => !hasDefault(p) && !passed.has(p.name))) {
    problems.push(at(file, module.line, `module '${module.name}' needs param '${param.name}'`));
  }
  return [...problems, ...outputProblems(file, module, child)];
}

/** `<module>.outputs.<name>` names an output the module declares. */
function outputProblems(file: BicepFile, module: Declaration, child: BicepFile): string[] {
  const outputs = new Set(named(child, 'output').map((o) => o.name));
  const pattern = new RegExp(`\\b${module.name}\\.outputs\\.([A-Za-z_][A-Za-z0-9_]*)`, 'g');
  return [...file.root.text.matchAll(pattern)]
    .filter((match) => !outputs.has(match[1]!))
    .map((match) => at(file, 0, `module '${module.name}' has no output '${match[1]}'`));
}

/** Every problem of a template and the modules it uses. */
export async function bicepProblems(path: string): Promise<string[]> {
  const file = await parseBicepFile(path);
  const problems = fileProblems(file);
  for (const module of named(file, 'module'))
    problems.push(...(await moduleProblems(file, module)));
  return problems;
}
