import type { JsonSchemaNode } from './json-schema';
import type { CsMember, CsStaticClass } from './model';
import { csharpString } from './naming';

// An exported primitive schema (a branded id such as Sku or BrightpearlOrderId) has no C# type of
// its own: properties use string/Guid/long. Its limits are emitted so C# can validate the same way.

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** zod's own bounds of `.int()` (the safe-integer range) are not limits of the contract. */
const isMeaningful = (value: number): boolean => Math.abs(value) !== MAX_SAFE;

const LITERAL_SUFFIX = { int: '', long: 'L', decimal: 'm' } as const;

const NUMERIC_KEYWORDS = [
  ['minLength', 'MinLength'],
  ['maxLength', 'MaxLength'],
  ['minimum', 'Minimum'],
  ['maximum', 'Maximum'],
  ['exclusiveMinimum', 'ExclusiveMinimum'],
  ['exclusiveMaximum', 'ExclusiveMaximum'],
] as const;

const CLR_TYPES: Record<string, string> = { integer: 'long', number: 'decimal', boolean: 'bool' };

const clrTypeOf = (node: JsonSchemaNode): string => {
  if (node.format === 'uuid') return 'Guid';
  if (node.format === 'date-time') return 'DateTimeOffset';
  return CLR_TYPES[String(node.type)] ?? 'string';
};

export const primitiveClass = (options: {
  name: string;
  node: JsonSchemaNode;
  summary?: string;
}): CsStaticClass => {
  const { node } = options;
  const isInteger = node.type === 'integer';
  const members: CsMember[] = NUMERIC_KEYWORDS.flatMap(([keyword, name]): CsMember[] => {
    const value = node[keyword];
    if (value === undefined || !isMeaningful(value)) return [];
    const type = keyword.endsWith('Length') ? 'int' : isInteger ? 'long' : 'decimal';
    return [{ kind: 'const', name, type, literal: `${value}${LITERAL_SUFFIX[type]}` }];
  });
  const text = (name: string, value: string): CsMember => ({
    kind: 'const',
    name,
    type: 'string',
    literal: csharpString(value),
  });
  // A format's regex is zod's own; a pattern without a format is the schema author's rule.
  if (node.format !== undefined) members.push(text('Format', node.format));
  else if (node.pattern !== undefined) members.push(text('Pattern', node.pattern));
  const clrType = clrTypeOf(node);
  const intro = `The zod schema <c>${options.name}</c>: a <see cref="${clrType}"/> in the contract types.`;
  return {
    kind: 'static',
    name: `${options.name}Constraints`,
    summary: options.summary === undefined ? intro : `${intro}\n${options.summary}`,
    members,
  };
};
