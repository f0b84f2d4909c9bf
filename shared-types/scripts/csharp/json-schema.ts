import { z } from 'zod';

// zod 4 → JSON Schema (draft 2020-12) for every contract schema at once. The schemas share one
// registry, so a schema used inside another (KenticoCustomer inside KenticoOrder) comes out as a
// `$ref` by export name and becomes a reference to its own C# type instead of a copy.

/** The part of JSON Schema the C# mapping reads. */
export interface JsonSchemaNode {
  $ref?: string;
  type?: string | string[];
  format?: string;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchemaNode[];
  oneOf?: JsonSchemaNode[];
  allOf?: JsonSchemaNode[];
  items?: JsonSchemaNode;
  prefixItems?: JsonSchemaNode[];
  properties?: Record<string, JsonSchemaNode>;
  required?: string[];
  additionalProperties?: JsonSchemaNode | boolean;
  default?: unknown;
  description?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
}

// Validates what z.toJSONSchema hands back before the mapper trusts its shape.
export const JsonSchemaNode: z.ZodType<JsonSchemaNode> = z.lazy(() =>
  z.looseObject({
    $ref: z.string().optional(),
    type: z.union([z.string(), z.array(z.string())]).optional(),
    format: z.string().optional(),
    pattern: z.string().optional(),
    enum: z.array(z.unknown()).optional(),
    const: z.unknown().optional(),
    anyOf: z.array(JsonSchemaNode).optional(),
    oneOf: z.array(JsonSchemaNode).optional(),
    allOf: z.array(JsonSchemaNode).optional(),
    items: JsonSchemaNode.optional(),
    prefixItems: z.array(JsonSchemaNode).optional(),
    properties: z.record(z.string(), JsonSchemaNode).optional(),
    required: z.array(z.string()).optional(),
    additionalProperties: z.union([JsonSchemaNode, z.boolean()]).optional(),
    default: z.unknown().optional(),
    description: z.string().optional(),
    minLength: z.number().optional(),
    maxLength: z.number().optional(),
    minimum: z.number().optional(),
    maximum: z.number().optional(),
    exclusiveMinimum: z.number().optional(),
    exclusiveMaximum: z.number().optional(),
  }),
);

export interface NamedSchema {
  name: string;
  schema: z.ZodType;
}

/**
 * JSON Schema of each named schema, by name. `io: 'input'` describes what the zod parse accepts:
 * what C# must send for the companion to accept it, and the widest shape C# may receive (a field
 * with a default may be absent). Unrepresentable parts (dates, transforms) become `{}`.
 */
export const toJsonSchemas = (schemas: NamedSchema[]): Map<string, JsonSchemaNode> => {
  const registry = z.registry<{ id: string }>();
  for (const { name, schema } of schemas) registry.add(schema, { id: name });
  const converted = z.toJSONSchema(registry, { io: 'input', unrepresentable: 'any' });
  return new Map(
    schemas.map(({ name }) => [name, JsonSchemaNode.parse(converted.schemas[name])] as const),
  );
};
