/**
 * Group commit: items submitted while earlier commits are still running wait and are committed
 * together, in one transaction, by `commit`. Each submitter's promise settles only after the
 * commit that holds its item has finished — resolved with its own result, or rejected with the
 * commit's error (nothing of a failed batch is kept: it was one transaction).
 *
 * No timer: an item that finds a free commit slot goes at once (latency first when idle); under
 * load the slots are busy and batches grow on their own, up to `maxBatch` items.
 */
export interface GroupCommit<I, O> {
  submit(item: I): Promise<O>;
}

export interface GroupCommitOptions<I, O> {
  /** Commits one batch; returns one result per item, in order. */
  commit: (items: I[]) => Promise<O[]>;
  /** Most items in one commit (bounds one statement's size). */
  maxBatch: number;
  /** Commits running at once (each holds a database connection). */
  maxInFlight: number;
}

interface Waiting<I, O> {
  item: I;
  resolve: (result: O) => void;
  reject: (error: unknown) => void;
}

export function groupCommit<I, O>(options: GroupCommitOptions<I, O>): GroupCommit<I, O> {
  const waiting: Array<Waiting<I, O>> = [];
  let inFlight = 0;

  const runBatch = async (batch: Array<Waiting<I, O>>) => {
    try {
      const results = await options.commit(batch.map((entry) => entry.item));
      if (results.length !== batch.length) throw new Error('group commit: one result per item');
      batch.forEach((entry, index) => entry.resolve(results[index]!));
    } catch (error) {
      for (const entry of batch) entry.reject(error);
    } finally {
      inFlight -= 1;
      startBatches();
    }
  };

  function startBatches(): void {
    while (inFlight < options.maxInFlight && waiting.length > 0) {
      inFlight += 1;
      void runBatch(waiting.splice(0, options.maxBatch));
    }
  }

  return {
    submit(item) {
      const settled = new Promise<O>((resolve, reject) => waiting.push({ item, resolve, reject }));
      // After this turn's I/O: requests whose bodies arrived together share a commit.
      if (waiting.length === 1) setImmediate(startBatches);
      return settled;
    },
  };
}
