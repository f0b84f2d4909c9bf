import { CsharpGeneratorError } from './errors';
import type { CsMember } from './model';
import { csharpString, interpolatedText, parameterName, xmlDoc } from './naming';
import type { PathParameter } from './source-facts';

// A parameterised path function (e.g. `order: (guid) => `/orders/${encodeURIComponent(guid)}``)
// becomes a C# route template and a format helper. The function is called with marker arguments,
// so the C# side reproduces exactly what the TypeScript produces, including which parts it escapes.

const marker = (i: number): string => `{p${i}}`;
const ESCAPED_OR_RAW_MARKER = /%7Bp(\d+)%7D|\{p(\d+)\}/g;

interface Segment {
  text: string;
  parameter?: { index: number; escaped: boolean };
}

const segmentsOf = (path: string): Segment[] => {
  const segments: Segment[] = [];
  let last = 0;
  for (const match of path.matchAll(ESCAPED_OR_RAW_MARKER)) {
    const escaped = match[1] !== undefined;
    const index = Number(match[1] ?? match[2]);
    segments.push({ text: path.slice(last, match.index), parameter: { index, escaped } });
    last = match.index + match[0].length;
  }
  return [...segments, { text: path.slice(last) }];
};

const hole = (parameter: PathParameter & { escaped: boolean }): string => {
  const name = parameterName(parameter.name);
  const text = parameter.type === 'long' ? `${name}.ToString(CultureInfo.InvariantCulture)` : name;
  return parameter.escaped ? `{Uri.EscapeDataString(${text})}` : `{${name}}`;
};

export const pathMembers = (options: {
  /** `EXPORT.key`, for messages and docs. */
  key: string;
  name: string;
  fn: (...args: string[]) => unknown;
  parameters: PathParameter[];
}): CsMember[] => {
  const { key, name, fn, parameters } = options;
  const path = fn(...parameters.map((_, i) => marker(i)));
  const segments = typeof path === 'string' ? segmentsOf(path) : [];
  const used = new Set(segments.flatMap((s) => (s.parameter ? [s.parameter.index] : [])));
  if (typeof path !== 'string' || used.size !== parameters.length) {
    throw new CsharpGeneratorError(
      `Path function "${key}" must return a string that contains each parameter (escaped or not)`,
    );
  }
  const parameterAt = (s: Segment) => ({ ...parameters[s.parameter!.index]!, ...s.parameter! });
  const template = segments
    .map((s) => s.text + (s.parameter ? `{${parameterAt(s).name}}` : ''))
    .join('');
  const body = segments
    .map((s) => interpolatedText(s.text) + (s.parameter ? hole(parameterAt(s)) : ''))
    .join('');
  return [
    {
      kind: 'const',
      name: `${name}Template`,
      type: 'string',
      literal: csharpString(template),
      summary: `Route template of <see cref="${name}"/>.`,
    },
    {
      kind: 'method',
      name,
      parameters: parameters.map((p) => ({ name: parameterName(p.name), type: p.type })),
      body: `FormattableString.Invariant($"${body}")`,
      summary: `<c>${xmlDoc(template)}</c> as <c>${key}</c> builds it.`,
    },
  ];
};
