import type { Db } from '../store';

/** Brightpearl requests spent per flow (for benchmarks and the status figures). */
export async function recordFlowCalls(db: Db, flow: string, calls: number): Promise<void> {
  if (calls === 0) return;
  await db.query(
    `INSERT INTO flow_calls (flow, calls) VALUES ($1, $2)
     ON CONFLICT (flow) DO UPDATE SET calls = flow_calls.calls + EXCLUDED.calls`,
    [flow, calls],
  );
}

export async function flowCalls(db: Db, flow: string): Promise<number> {
  const [row] = await db.query<{ calls: number | string }>(
    `SELECT calls FROM flow_calls WHERE flow = $1`,
    [flow],
  );
  return Number(row?.calls ?? 0);
}
