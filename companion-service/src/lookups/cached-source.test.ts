import { createCachedSource } from './cached-source';

describe('cached source', () => {
  const setup = (outcomes: Array<string | Error>) => {
    let time = 0;
    let loads = 0;
    const failures: string[] = [];
    const source = createCachedSource({
      ttlMs: 1_000,
      failureTtlMs: 100,
      now: () => time,
      onFailure: (message) => failures.push(message),
      load: async () => {
        const outcome = outcomes[loads++]!;
        if (outcome instanceof Error) throw outcome;
        return outcome;
      },
    });
    return { source, failures, loads: () => loads, advance: (ms: number) => (time += ms) };
  };

  it('serves a value for its TTL, or younger than asked', async () => {
    const { source, loads, advance } = setup(['a', 'b', 'c']);
    expect(await source.read()).toEqual({ ok: true, value: 'a', fetchedAt: 0 });
    advance(999);
    expect(await source.read()).toMatchObject({ value: 'a', fetchedAt: 0 });
    expect(await source.read(500)).toMatchObject({ value: 'b', fetchedAt: 999 });
    advance(1_000);
    expect(await source.read()).toMatchObject({ value: 'c' });
    expect(loads()).toBe(3);
  });

  it('keeps a failure briefly, reports each failed load once, and shares a load in flight', async () => {
    const { source, failures, loads, advance } = setup([new Error('down'), 'up']);
    const [first, second] = await Promise.all([source.read(), source.read()]);
    expect(first).toEqual({ ok: false, message: 'down', fetchedAt: 0 });
    expect(second).toBe(first);
    advance(99);
    expect(await source.read()).toMatchObject({ ok: false });
    expect(failures).toEqual(['down']);
    advance(1);
    expect(await source.read()).toMatchObject({ ok: true, value: 'up' });
    expect(loads()).toBe(2);
  });

  it('peeks at the last read, however old, and never loads for it', async () => {
    const { source, loads, advance } = setup(['a']);
    expect(source.peek()).toBeUndefined();
    await source.read();
    advance(10_000);
    expect(source.peek()).toMatchObject({ ok: true, value: 'a' });
    expect(loads()).toBe(1);
  });
});
