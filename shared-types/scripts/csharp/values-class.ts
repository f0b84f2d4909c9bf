import type { CsStaticClass } from './model';
import { constantName, csharpString, uniqueNames } from './naming';

/**
 * The allowed values of a string enum as constants plus `All`. Properties stay `string`: a value
 * added on one side later must not make the other side fail to deserialise the whole message.
 */
export const valuesClass = (options: {
  name: string;
  values: string[];
  summary?: string;
}): CsStaticClass => {
  const names = uniqueNames([...options.values.map(constantName), 'All'], options.name);
  const valueNames = names.slice(0, -1);
  return {
    kind: 'static',
    name: options.name,
    summary: options.summary,
    members: [
      ...options.values.map((value, i) => ({
        kind: 'const' as const,
        name: valueNames[i]!,
        type: 'string' as const,
        literal: csharpString(value),
      })),
      { kind: 'list', name: names.at(-1)!, type: 'string', literals: valueNames },
    ],
  };
};
