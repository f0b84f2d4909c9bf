import { groupCommit } from './group-commit';

/** A commit that waits until released, so a test decides what arrives during it. */
function gatedCommits() {
  const batches: number[][] = [];
  const gates: Array<{ open: () => void; fail: (error: Error) => void }> = [];
  const commit = (items: number[]) => {
    batches.push(items);
    return new Promise<string[]>((resolve, reject) =>
      gates.push({
        open: () => resolve(items.map((item) => `stored ${item}`)),
        fail: reject,
      }),
    );
  };
  return { batches, gates, commit };
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('group commit', () => {
  it('commits what arrived during a commit as the next batch, each answered with its own result', async () => {
    const { batches, gates, commit } = gatedCommits();
    const intake = groupCommit({ commit, maxBatch: 100, maxInFlight: 1 });
    const first = intake.submit(1);
    await turn();
    const later = [2, 3, 4].map((item) => intake.submit(item));
    await turn();
    expect(batches).toEqual([[1]]);
    gates[0]!.open();
    expect(await first).toBe('stored 1');
    await turn();
    expect(batches).toEqual([[1], [2, 3, 4]]);
    gates[1]!.open();
    expect(await Promise.all(later)).toEqual(['stored 2', 'stored 3', 'stored 4']);
  });

  it('fails every item of a failed batch, and only that batch', async () => {
    const { batches, gates, commit } = gatedCommits();
    const intake = groupCommit({ commit, maxBatch: 100, maxInFlight: 1 });
    const doomed = [1, 2].map((item) => intake.submit(item));
    await turn();
    const next = intake.submit(3);
    gates[0]!.fail(new Error('database down'));
    await expect(
      Promise.all(doomed.map((answer) => answer.catch((e: Error) => e.message))),
    ).resolves.toEqual(['database down', 'database down']);
    await turn();
    gates[1]!.open();
    expect(await next).toBe('stored 3');
    expect(batches).toEqual([[1, 2], [3]]);
  });

  it('keeps batches within maxBatch and runs up to maxInFlight commits at once', async () => {
    const { batches, gates, commit } = gatedCommits();
    const intake = groupCommit({ commit, maxBatch: 2, maxInFlight: 2 });
    const answers = [1, 2, 3, 4, 5].map((item) => intake.submit(item));
    await turn();
    expect(batches).toEqual([
      [1, 2],
      [3, 4],
    ]);
    gates[0]!.open();
    await turn();
    expect(batches).toEqual([[1, 2], [3, 4], [5]]);
    gates[1]!.open();
    gates[2]!.open();
    expect(await Promise.all(answers)).toHaveLength(5);
  });
});
