import { CsharpGeneratorError } from './errors';
import type { JsonSchemaNode } from './json-schema';
import type { CsDeclaration, CsRecord } from './model';
import { pluralize, singularize } from './naming';
import { valuesClass } from './values-class';

// JSON Schema node → C# type. Formats: date-time → DateTimeOffset, uuid → Guid, others stay
// string; integer → long; any other number → decimal (money must not become binary floating
// point). Anything C# cannot express precisely (unions of objects, tuples, unknown) is a JsonElement.

export interface CsTypeRef {
  type: string;
  nullable: boolean;
  /** Remarks for the property, e.g. the class listing a string enum's values. */
  remarks?: string;
}

/** Where in a schema the mapper is: the name a nested type would get, and its doc lookup key. */
export interface SchemaPosition {
  nameHint: string;
  docPath: string;
}

export interface MapContext {
  /** The JSON Schema of every exported schema, by export name (the targets of `$ref`). */
  definitions: ReadonlyMap<string, JsonSchemaNode>;
  /** Adds a nested type to the file being built (a no-op while only resolving a `$ref`). */
  declare: (declaration: CsDeclaration) => void;
  buildRecord: (node: JsonSchemaNode, at: SchemaPosition, ctx: MapContext) => CsRecord;
  docAt: (docPath: string) => string | undefined;
}

const plain = (type: string): CsTypeRef => ({ type, nullable: false });
const isNull = (node: JsonSchemaNode): boolean => node.type === 'null';
const isLiteral = (node: JsonSchemaNode): boolean =>
  node.$ref === undefined && (node.enum !== undefined || node.const !== undefined);

export const isRecordSchema = (node: JsonSchemaNode): boolean =>
  node.type === 'object' && node.properties !== undefined;

const mapString = (node: JsonSchemaNode): CsTypeRef => {
  if (node.format === 'uuid') return plain('Guid');
  if (node.format !== 'date-time') return plain('string');
  // System.Text.Json writes a zero offset as +00:00, which z.iso.datetime() without offset rejects.
  const acceptsOffset = node.pattern === undefined || /\[\+-\]/.test(node.pattern);
  return acceptsOffset
    ? plain('DateTimeOffset')
    : { ...plain('DateTimeOffset'), remarks: 'Must be sent in UTC with a <c>Z</c> suffix.' };
};

const mapLiterals = (values: unknown[], at: SchemaPosition, ctx: MapContext): CsTypeRef => {
  const present = values.filter((v) => v !== null);
  const nullable = present.length < values.length;
  if (present.length > 0 && present.every((v): v is string => typeof v === 'string')) {
    const name = pluralize(at.nameHint);
    ctx.declare(valuesClass({ name, values: present, summary: ctx.docAt(at.docPath) }));
    return { type: 'string', nullable, remarks: `One of <see cref="${name}"/>.` };
  }
  if (present.length > 0 && present.every((v) => typeof v === 'number')) {
    return { type: present.every(Number.isInteger) ? 'long' : 'decimal', nullable };
  }
  if (present.length > 0 && present.every((v) => typeof v === 'boolean')) {
    return { type: 'bool', nullable };
  }
  return { type: 'JsonElement', nullable };
};

const mapUnion = (members: JsonSchemaNode[], at: SchemaPosition, ctx: MapContext): CsTypeRef => {
  const present = members.filter((m) => !isNull(m));
  const nullable = present.length < members.length;
  const [only] = present;
  if (present.length === 1 && only) {
    const inner = mapType(only, at, ctx);
    return { ...inner, nullable: nullable || inner.nullable };
  }
  if (present.length > 0 && present.every(isLiteral)) {
    const values = present.flatMap((m) => m.enum ?? [m.const]);
    return { ...mapLiterals(values, at, ctx), nullable };
  }
  return { type: 'JsonElement', nullable, remarks: 'A union of shapes: read it as JSON.' };
};

const mapTypeList = (node: JsonSchemaNode, at: SchemaPosition, ctx: MapContext): CsTypeRef => {
  const types = (node.type as string[]).filter((t) => t !== 'null');
  const nullable = types.length < (node.type as string[]).length;
  const [only] = types;
  if (types.length !== 1 || !only) return { type: 'JsonElement', nullable };
  return { ...mapType({ ...node, type: only }, at, ctx), nullable };
};

const mapRef = (ref: string, ctx: MapContext): CsTypeRef => {
  const target = ctx.definitions.get(ref);
  if (!target) throw new CsharpGeneratorError(`JSON Schema $ref "${ref}" names no exported schema`);
  if (isRecordSchema(target)) return plain(ref);
  // Not a type of its own in C# (an id, an enum, a list): inline it, declaring nothing again.
  return mapType(target, { nameHint: ref, docPath: ref }, { ...ctx, declare: () => undefined });
};

const mapArray = (node: JsonSchemaNode, at: SchemaPosition, ctx: MapContext): CsTypeRef => {
  if (!node.items || node.prefixItems) return plain('JsonElement');
  const item = mapType(node.items, { ...at, nameHint: singularize(at.nameHint) }, ctx);
  return {
    ...item,
    type: `IReadOnlyList<${item.type}${item.nullable ? '?' : ''}>`,
    nullable: false,
  };
};

const mapObject = (node: JsonSchemaNode, at: SchemaPosition, ctx: MapContext): CsTypeRef => {
  if (node.properties !== undefined) return plain(ctx.buildRecord(node, at, ctx).name);
  const values = node.additionalProperties;
  if (typeof values !== 'object') return plain('IReadOnlyDictionary<string, JsonElement>');
  const value = mapType(values, { ...at, nameHint: `${at.nameHint}Value` }, ctx);
  const valueType = `${value.type}${value.nullable ? '?' : ''}`;
  return { ...value, type: `IReadOnlyDictionary<string, ${valueType}>`, nullable: false };
};

export const mapType = (node: JsonSchemaNode, at: SchemaPosition, ctx: MapContext): CsTypeRef => {
  if (node.$ref !== undefined) return mapRef(node.$ref, ctx);
  const union = node.anyOf ?? node.oneOf;
  if (union) return mapUnion(union, at, ctx);
  if (Array.isArray(node.type)) return mapTypeList(node, at, ctx);
  if (isLiteral(node)) return mapLiterals(node.enum ?? [node.const], at, ctx);
  switch (node.type) {
    case 'string':
      return mapString(node);
    case 'integer':
      return plain('long');
    case 'number':
      return plain('decimal');
    case 'boolean':
      return plain('bool');
    case 'array':
      return mapArray(node, at, ctx);
    case 'object':
      return mapObject(node, at, ctx);
    case 'null':
      return { type: 'JsonElement', nullable: true };
    default:
      // {}: z.unknown(), z.any() or a part JSON Schema cannot express (a date, a transform).
      return plain('JsonElement');
  }
};
