/** Null/absent fields are omitted from API bodies, never sent as null (reference §3.1). */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
