import type { MappingSnapshotDeps } from '../mapping';
import type { Job } from '../queue';
import type { Db } from '../store';
import { markFlowSkipped } from './flow-markers';
import { type FlowName, flowEnabled } from './flow-switches';

type JobDeps = MappingSnapshotDeps & { db: Db };

/**
 * Wraps a flow's job body (inside `withMapping`): with the flow switched off, the job does no
 * work and finishes, and the flow is marked as having skipped work since the job was enqueued.
 * What the job was about stays where intake put it (the inbox, dirty records, due payments), and
 * the catch-up (flow-catch-up.ts) enqueues it again once the flow is switched back on.
 */
export function whenFlowOn<D extends JobDeps, T>(
  flow: FlowName,
  handler: (jobDeps: D, job: Job<T>) => Promise<unknown>,
): (jobDeps: D, job: Job<T>) => Promise<unknown> {
  return async (jobDeps, job) => {
    if (flowEnabled(jobDeps.mapping, flow)) return handler(jobDeps, job);
    await markFlowSkipped(jobDeps.db, flow, job.createdOn ?? new Date());
    return undefined;
  };
}

/** For the parts of a sweep: `work`'s count while the flow is on, else 0 (nothing done). */
export async function countIfFlowOn(
  deps: MappingSnapshotDeps,
  flow: FlowName,
  work: () => Promise<number>,
): Promise<number> {
  return flowEnabled(deps.mapping, flow) ? work() : 0;
}
