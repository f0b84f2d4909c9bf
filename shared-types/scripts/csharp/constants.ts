import { CsharpGeneratorError } from './errors';
import type { CsConstType, CsMember, CsStaticClass } from './model';
import { constantName, csharpString, uniqueNames, xmlDoc } from './naming';
import { pathMembers } from './path-helpers';
import type { SourceModule } from './sources';

// Exports that are not schemas: a plain object (BRIDGE_PATHS, ORDER_ADDRESS_TYPES) becomes a
// static class of its own; scalars and lists (header names, batch limits) go to one
// `<Module>Constants` class. Top-level functions (createSku…) are behaviour, not contract.

type Scalar = string | number | boolean;

const isScalar = (value: unknown): value is Scalar =>
  typeof value === 'string' ||
  typeof value === 'boolean' ||
  (typeof value === 'number' && Number.isFinite(value));

const scalarType = (value: Scalar): CsConstType => {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'bool';
  if (!Number.isInteger(value)) return 'decimal';
  return Math.abs(value) <= 2 ** 31 - 1 ? 'int' : 'long';
};

const LITERAL_SUFFIX: Record<CsConstType, string> = {
  string: '',
  bool: '',
  int: '',
  long: 'L',
  decimal: 'm',
};

const scalarLiteral = (value: Scalar, type: CsConstType): string => {
  if (typeof value === 'string') return csharpString(value);
  return `${value}${LITERAL_SUFFIX[type]}`;
};

const constMember = (name: string, value: Scalar, summary?: string): CsMember => {
  const type = scalarType(value);
  return { kind: 'const', name, type, literal: scalarLiteral(value, type), summary };
};

/** A list of one scalar kind (int widened to long, then decimal, as needed); else undefined. */
const listMember = (name: string, values: unknown[], summary?: string): CsMember | undefined => {
  if (values.length === 0 || !values.every(isScalar)) return undefined;
  const types = new Set(values.map(scalarType));
  const widest = (['string', 'bool', 'decimal', 'long', 'int'] as const).find((t) => types.has(t))!;
  const numeric = ['int', 'long', 'decimal'];
  const mixed = types.size > 1 && ![...types].every((t) => numeric.includes(t));
  if (mixed) return undefined;
  const literals = values.map((v) => scalarLiteral(v, widest));
  return { kind: 'list', name, type: widest, literals, summary };
};

const docOf = (module: SourceModule, key: string): string | undefined => {
  const doc = module.facts.propertyDocs.get(key) ?? module.facts.exportDocs.get(key);
  return doc === undefined ? undefined : xmlDoc(doc);
};

const objectClass = (module: SourceModule, exportName: string, value: object) => {
  const name = constantName(exportName);
  const entries = Object.entries(value);
  const names = uniqueNames(
    entries.map(([key]) => constantName(key)),
    name,
  );
  const notes: string[] = [];
  const members = entries.flatMap(([key, entry], i): CsMember[] => {
    const docKey = `${exportName}.${key}`;
    if (isScalar(entry)) return [constMember(names[i]!, entry, docOf(module, docKey))];
    if (typeof entry !== 'function') {
      notes.push(`${docKey}: neither a scalar nor a path function`);
      return [];
    }
    // A function the source does not declare inline (imported, built): string parameters.
    const parameters =
      module.facts.functionParameters.get(docKey) ??
      Array.from({ length: entry.length }, (_, n) => ({
        name: `arg${n}`,
        type: 'string' as const,
      }));
    const fn = entry as (...args: string[]) => unknown;
    return pathMembers({ key: docKey, name: names[i]!, fn, parameters });
  });
  const clash = members.find((m, i) => members.findIndex((o) => o.name === m.name) !== i);
  if (clash) throw new CsharpGeneratorError(`${exportName}: two members named ${clash.name}`);
  const declaration: CsStaticClass = {
    kind: 'static',
    name,
    summary: docOf(module, exportName),
    members,
  };
  return { declaration, notes };
};

export const constantsOf = (module: SourceModule, exports: [string, unknown][]) => {
  const declarations: CsStaticClass[] = [];
  const notes: string[] = [];
  const moduleClassName = `${module.csName}Constants`;
  const loose = exports.filter(([, v]) => isScalar(v) || Array.isArray(v));
  const looseNames = uniqueNames(
    loose.map(([key]) => constantName(key)),
    moduleClassName,
  );
  const looseMembers = loose.flatMap(([key, value], i): CsMember[] => {
    const name = looseNames[i]!;
    const member = isScalar(value)
      ? constMember(name, value, docOf(module, key))
      : listMember(name, value as unknown[], docOf(module, key));
    if (!member) notes.push(`${key}: a list of mixed or non-scalar values`);
    return member ? [member] : [];
  });
  for (const [key, value] of exports) {
    if (isScalar(value) || Array.isArray(value) || typeof value === 'function') continue;
    if (typeof value !== 'object' || value === null) {
      notes.push(`${key}: ${String(value)} has no C# form`);
      continue;
    }
    const built = objectClass(module, key, value);
    declarations.push(built.declaration);
    notes.push(...built.notes);
  }
  if (looseMembers.length > 0) {
    const summary = `Constants of <c>${module.sourcePath}</c>.`;
    declarations.push({ kind: 'static', name: moduleClassName, summary, members: looseMembers });
  }
  return { declarations, notes };
};
