import { z } from 'zod';

import { constantsOf } from './constants';
import { emitFile } from './emit';
import { CsharpGeneratorError } from './errors';
import { toJsonSchemas, type JsonSchemaNode, type NamedSchema } from './json-schema';
import type { CsDeclaration, CsFile } from './model';
import { xmlDoc } from './naming';
import { primitiveClass } from './primitive-class';
import { buildRecord } from './records';
import type { SourceModule } from './sources';
import { isRecordSchema, mapType, type MapContext } from './type-mapper';

export interface GeneratedFile {
  fileName: string;
  content: string;
}

/** Every generated type shares one C# namespace, so a name may come from one place only. */
class TypeNames {
  private readonly origins = new Map<string, string>();

  claim(name: string, origin: string): void {
    const existing = this.origins.get(name);
    if (existing !== undefined) {
      throw new CsharpGeneratorError(
        `C# type ${name} would be generated twice (${existing} and ${origin}); rename one schema`,
      );
    }
    this.origins.set(name, origin);
  }
}

const isPrimitive = (node: JsonSchemaNode): boolean =>
  ['string', 'integer', 'number', 'boolean'].includes(String(node.type)) &&
  node.enum === undefined &&
  node.const === undefined;

interface SplitModule {
  module: SourceModule;
  schemas: NamedSchema[];
  others: [string, unknown][];
  notes: string[];
}

const splitExports = (module: SourceModule, seen: Map<z.ZodType, string>): SplitModule => {
  const split: SplitModule = { module, schemas: [], others: [], notes: [] };
  const names = Object.keys(module.exports).filter((k) => k !== 'default' && k !== '__esModule');
  for (const name of names.sort()) {
    const value = module.exports[name];
    if (!(value instanceof z.ZodType)) {
      split.others.push([name, value]);
      continue;
    }
    const first = seen.get(value);
    if (first === undefined) {
      seen.set(value, name);
      split.schemas.push({ name, schema: value });
    } else split.notes.push(`${name}: the same schema as ${first}`);
  }
  return split;
};

const schemaDeclarations = (split: SplitModule, base: Omit<MapContext, 'declare' | 'docAt'>) => {
  const declarations: CsDeclaration[] = [];
  const notes: string[] = [];
  const { facts } = split.module;
  const docAt = (path: string) => {
    const doc = facts.propertyDocs.get(path) ?? facts.exportDocs.get(path);
    return doc === undefined ? undefined : xmlDoc(doc);
  };
  const ctx: MapContext = { ...base, docAt, declare: (d) => declarations.push(d) };
  for (const { name } of split.schemas) {
    const node = ctx.definitions.get(name) as JsonSchemaNode;
    const at = { nameHint: name, docPath: name };
    if (isRecordSchema(node)) buildRecord(node, at, ctx);
    else if (isPrimitive(node)) {
      declarations.push(primitiveClass({ name, node, summary: docAt(name) }));
    } else {
      // A string enum declares its values class; anything else (a list, a map, a union) has no
      // C# alias, so the file says what to use instead.
      const mapped = mapType(node, at, ctx);
      if (mapped.type !== 'string') notes.push(`${name}: use ${mapped.type} (C# has no alias)`);
    }
  }
  return { declarations, notes };
};

/** The C# files for the given modules: one per module, in a stable order. */
export const generateCsharp = (modules: SourceModule[]): GeneratedFile[] => {
  const seen = new Map<z.ZodType, string>();
  const splits = modules.map((m) => splitExports(m, seen));
  const allSchemas = splits.flatMap((s) => s.schemas);
  const duplicate = allSchemas.find((s, i) => allSchemas.findIndex((o) => o.name === s.name) !== i);
  if (duplicate) throw new CsharpGeneratorError(`Two modules export a schema ${duplicate.name}`);
  const definitions = toJsonSchemas(allSchemas);
  const typeNames = new TypeNames();
  return splits.map((split) => {
    const constants = constantsOf(split.module, split.others);
    const schemas = schemaDeclarations(split, { definitions, buildRecord });
    const declarations = [...constants.declarations, ...schemas.declarations];
    for (const d of declarations) typeNames.claim(d.name, split.module.sourcePath);
    const file: CsFile = {
      fileName: `${split.module.csName}.g.cs`,
      sourcePath: split.module.sourcePath,
      declarations,
      notes: [...split.notes, ...constants.notes, ...schemas.notes],
    };
    return { fileName: file.fileName, content: emitFile(file) };
  });
};
