import type { z } from 'zod';

// Reads a zod schema's structure to answer "is X a field here, and what is under it", so the
// save-time check names an unknown field before any record meets the expression.

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch']);

/** The schema without optional/nullable/default wrappers and array layers (JSONata maps over lists). */
export function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (WRAPPERS.has(def.type) && def.innerType) current = def.innerType;
    else if (def.type === 'array' && def.element) current = def.element;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else return current;
  }
}

/** The field names of an object schema; undefined when the schema is not an object. */
export function fieldsOf(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  const def = defOf(unwrap(schema));
  return def.type === 'object' ? def.shape : undefined;
}

/** The closest field name (for "did you mean …?"), if one is close enough to be a typo. */
export function closestField(name: string, fields: readonly string[]): string | undefined {
  let best: { field: string; distance: number } | undefined;
  for (const field of fields) {
    const distance = editDistance(name.toLowerCase(), field.toLowerCase());
    if (!best || distance < best.distance) best = { field, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(name.length / 4)) ? best.field : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length]!;
}
