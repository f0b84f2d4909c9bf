import type { JsonSchemaNode } from './json-schema';
import type { CsProperty, CsRecord } from './model';
import { csharpString, propertyName, uniqueNames, xmlDoc } from './naming';
import { mapType, type CsTypeRef, type MapContext, type SchemaPosition } from './type-mapper';

// A JSON Schema object → a sealed record. Property order is the schema's (the zod object's),
// nested anonymous objects become records named parent + property.

/** The C# literal of a default, when C# can express it; otherwise the property is just optional. */
const defaultLiteral = (value: unknown, mapped: CsTypeRef): string | undefined => {
  if (typeof value === 'string' && mapped.type === 'string') return csharpString(value);
  if (typeof value === 'boolean' && mapped.type === 'bool') return String(value);
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  if (mapped.type === 'long' && Number.isInteger(value)) return String(value);
  return mapped.type === 'decimal' ? `${value}m` : undefined;
};

const descriptionOf = (node: JsonSchemaNode): string | undefined =>
  node.description === undefined ? undefined : xmlDoc(node.description);

const ABSENT_OR_NULL =
  'Optional and nullable: an absent key and an explicit null both read as null here. Where the ' +
  'difference matters (a partial update that clears a value), read this key from the raw JSON.';

interface PropertyInput {
  jsonName: string;
  name: string;
  schema: JsonSchemaNode;
  required: boolean;
}

const buildProperty = (input: PropertyInput, record: SchemaPosition, ctx: MapContext) => {
  const docPath = `${record.docPath}.${input.jsonName}`;
  const mapped = mapType(
    input.schema,
    { nameHint: `${record.nameHint}${input.name}`, docPath },
    ctx,
  );
  const initializer =
    'default' in input.schema ? defaultLiteral(input.schema.default, mapped) : undefined;
  // An absent optional key reads as null, and a null one is left out rather than sent as null.
  const optionalWithoutDefault = !input.required && initializer === undefined;
  // With a null default, absent and null mean the same to zod too.
  const optionalAndNullable =
    optionalWithoutDefault && mapped.nullable && !('default' in input.schema);
  const property: CsProperty = {
    jsonName: input.jsonName,
    name: input.name,
    type: mapped.type,
    nullable: mapped.nullable || optionalWithoutDefault,
    required: input.required,
    omitWhenNull: optionalWithoutDefault,
    initializer,
    summary: descriptionOf(input.schema) ?? ctx.docAt(docPath),
    remarks:
      [mapped.remarks, optionalAndNullable ? ABSENT_OR_NULL : undefined]
        .filter((r) => r !== undefined)
        .join('\n') || undefined,
  };
  return property;
};

export const buildRecord = (
  node: JsonSchemaNode,
  at: SchemaPosition,
  ctx: MapContext,
): CsRecord => {
  const record: CsRecord = {
    kind: 'record',
    name: at.nameHint,
    summary: descriptionOf(node) ?? ctx.docAt(at.docPath),
    properties: [],
  };
  // Declared before its properties are mapped, so the parent precedes its nested types.
  ctx.declare(record);
  const entries = Object.entries(node.properties ?? {});
  const names = uniqueNames(
    entries.map(([jsonName]) => propertyName(jsonName)),
    record.name,
  );
  const required = new Set(node.required ?? []);
  entries.forEach(([jsonName, schema], i) => {
    const input = { jsonName, name: names[i]!, schema, required: required.has(jsonName) };
    record.properties.push(buildProperty(input, at, ctx));
  });
  return record;
};
