import { ExpressionError } from './expression-error';
import type { TargetSpec } from './targets';

/** A value a target accepts; undefined means "no value: keep today's mapping". */
export type TargetValue = string | number | boolean | undefined;

const WHOLE = /^\s*-?\d+\s*$/;
const NUMERIC = /^\s*-?\d+(\.\d+)?\s*$/;

/** What the expression gave, in the words a merchant reads it: "text", "a list", "3.5"… */
export function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string')
    return `text ("${value.length > 40 ? `${value.slice(0, 40)}…` : value}")`;
  if (typeof value === 'boolean') return `true/false (${value})`;
  return String(value);
}

const NEEDS: Record<TargetSpec['type'], string> = {
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  date: 'a date',
};

/**
 * Turns an expression's value into the target's type, accepting what is unambiguous ("3" for a
 * whole number, 12.5 for text) and refusing the rest in plain words: "gives text ("EU") but
 * Channel needs a whole number".
 */
export function coerceToTarget(spec: TargetSpec, value: unknown): TargetValue {
  if (value === undefined || value === null) return undefined;
  const refuse = (why = ''): never => {
    throw new ExpressionError(
      `gives ${describeValue(value)} but ${spec.label} needs ${NEEDS[spec.type]}${why}`,
    );
  };
  if (spec.pattern) return customFieldValue(value, refuse);
  switch (spec.type) {
    case 'string':
      return text(spec, value, refuse);
    case 'integer':
      return whole(spec, value, refuse);
    case 'number':
      return decimal(spec, value, refuse);
    case 'date':
      return date(value, refuse);
  }
}

type Refuse = (why?: string) => never;

function customFieldValue(value: unknown, refuse: Refuse): TargetValue {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  return refuse();
}

function text(spec: TargetSpec, value: unknown, refuse: Refuse): string {
  if (typeof value !== 'string' && typeof value !== 'number') return refuse();
  const result = String(value);
  if (spec.truncate && spec.maxLength !== undefined) return result.slice(0, spec.maxLength);
  if (spec.maxLength !== undefined && result.length > spec.maxLength) {
    refuse(` of at most ${spec.maxLength} characters (it has ${result.length})`);
  }
  return result;
}

function whole(spec: TargetSpec, value: unknown, refuse: Refuse): number {
  const result = typeof value === 'string' && WHOLE.test(value) ? Number(value) : value;
  if (typeof result !== 'number' || !Number.isInteger(result)) return refuse();
  if (spec.min !== undefined && result < spec.min) refuse(` of at least ${spec.min}`);
  return result;
}

function decimal(spec: TargetSpec, value: unknown, refuse: Refuse): number {
  const result = typeof value === 'string' && NUMERIC.test(value) ? Number(value) : value;
  if (typeof result !== 'number' || !Number.isFinite(result)) return refuse();
  if (spec.min !== undefined && result < spec.min) refuse(` of at least ${spec.min}`);
  return result;
}

/** A date as Brightpearl reads it: ISO 8601 (a plain date stays a plain date). */
function date(value: unknown, refuse: Refuse): string {
  if (typeof value === 'number' && Number.isFinite(value)) return new Date(value).toISOString();
  if (typeof value !== 'string') return refuse();
  if (/^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))) return value;
  const parsed = Date.parse(value);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(parsed)) {
    return refuse(' (e.g. 2026-03-01, or $now() / $fromMillis(…))');
  }
  return new Date(parsed).toISOString();
}
