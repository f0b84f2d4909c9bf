/**
 * Runs every sweep even when an earlier one throws, so one record a platform keeps refusing
 * cannot stop the others from catching up. The first error is rethrown afterwards, so the job's
 * failure path still retries or dead-letters it.
 */
export async function runEach<K extends string>(
  sweeps: Record<K, () => Promise<number>>,
): Promise<Record<K, number>> {
  const counts = {} as Record<K, number>;
  const failures: unknown[] = [];
  for (const name of Object.keys(sweeps) as K[]) {
    try {
      counts[name] = await sweeps[name]();
    } catch (error) {
      failures.push(error);
      counts[name] = 0;
    }
  }
  if (failures.length > 0) throw failures[0];
  return counts;
}
