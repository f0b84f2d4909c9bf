import * as shared from '@bpkc/shared-types';
import { z } from 'zod';

export type JsonSchema = Record<string, unknown>;

/** Every zod schema shared-types exports, by its export name (the first name if aliased). */
const SHARED_NAMES: ReadonlyMap<z.ZodType, string> = (() => {
  const names = new Map<z.ZodType, string>();
  for (const [name, value] of Object.entries(shared)) {
    if (value instanceof z.ZodType && !names.has(value)) names.set(value, name);
  }
  return names;
})();

/**
 * The shared DTOs the answers use, emitted once under components.schemas by their shared-types
 * name and referenced from there (and from each other: `OrderPage.orders` → `OrderSummary`), so
 * the generated client has `components['schemas']['OrderPage']` matching `OrderPage` in
 * shared-types. Only what the answers reach is kept.
 */
export function sharedComponents(used: Iterable<z.ZodType>): {
  schemas: Record<string, JsonSchema>;
  refOf: (schema: z.ZodType) => string | undefined;
} {
  const registry = z.registry<{ id: string }>();
  for (const [schema, id] of SHARED_NAMES) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, {
    uri: (id) => `#/components/schemas/${id}`,
    unrepresentable: 'any',
  });
  const roots = [...used].flatMap((schema) => SHARED_NAMES.get(schema) ?? []);
  const kept = [...reachable(roots, schemas as Record<string, JsonSchema>)].sort();
  return {
    schemas: Object.fromEntries(kept.map((id) => [id, clean(schemas[id] as JsonSchema)])),
    refOf: (schema) => {
      const id = SHARED_NAMES.get(schema);
      return id === undefined ? undefined : `#/components/schemas/${id}`;
    },
  };
}

/** The ids the roots refer to, transitively, the roots included. */
function reachable(roots: string[], schemas: Record<string, JsonSchema>): Set<string> {
  const seen = new Set<string>();
  const pending = [...roots];
  while (pending.length > 0) {
    const id = pending.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const refs = JSON.stringify(schemas[id]).matchAll(/"#\/components\/schemas\/([^"]+)"/g);
    for (const [, ref] of refs) pending.push(ref!);
  }
  return seen;
}

/** What a response carries: a reference to a shared DTO, else the schema inline. */
export function outputSchema(schema: z.ZodType, refOf: (s: z.ZodType) => string | undefined) {
  const ref = refOf(schema);
  return ref ? { $ref: ref } : clean(z.toJSONSchema(schema, { unrepresentable: 'any' }));
}

/** What a caller may send: the input side (defaults optional, coercions as their input). */
export function inputSchema(schema: z.ZodType): JsonSchema {
  return clean(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }));
}

/** The fields of a z.object (path, query or header parameters); none for anything else. */
export function objectFields(schema: z.ZodType | undefined): [string, z.ZodType][] {
  if (!(schema instanceof z.ZodObject)) return [];
  return Object.entries(schema.shape as Record<string, z.ZodType>);
}

/** Drops the per-document keywords ($schema, $id) that do not belong inside OpenAPI. */
function clean(schema: JsonSchema): JsonSchema {
  return Object.fromEntries(
    Object.entries(schema).filter(([key]) => key !== '$schema' && key !== '$id'),
  );
}
