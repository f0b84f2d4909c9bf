/**
 * A list of Kentico configuration objects (statuses, methods, countries) looked up by code name.
 * `ensure` adds an unknown code name on the fly: the simulator must accept data nobody has mapped
 * (a shipping method the merchant just added), because that is what the companion must survive.
 */
export interface Registry<T> {
  all(): T[];
  find(code: string): T | undefined;
  ensure(code: string, make: (id: number) => T): T;
}

export function createRegistry<T>(seed: readonly T[], codeOf: (item: T) => string): Registry<T> {
  const items = [...seed];
  const find = (code: string) => {
    const wanted = code.toLowerCase();
    return items.find((item) => codeOf(item).toLowerCase() === wanted);
  };
  return {
    all: () => items.map((item) => ({ ...item })),
    find,
    ensure(code, make) {
      const existing = find(code);
      if (existing) return existing;
      const created = make(items.length + 1);
      items.push(created);
      return created;
    },
  };
}
