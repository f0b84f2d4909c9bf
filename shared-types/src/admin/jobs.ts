import { z } from 'zod';

import { Timestamp } from './common';

/** The long jobs an operator can watch and start from the admin (Jobs screen). */
export const JOB_NAMES = ['catalog-import', 'stock-compare'] as const;
export const JobName = z.enum(JOB_NAMES);
export type JobName = z.infer<typeof JobName>;

/**
 * One job's latest run. `done` of `total` (null while the total is not known yet); the rate and
 * the time left are estimates from the run so far (null until there is something to go by).
 */
export const JobProgress = z.object({
  job: JobName,
  /** `never`: it has not run on this installation; `abandoned`: a run stopped midway. */
  state: z.enum(['never', 'running', 'finished', 'abandoned']),
  done: z.number().int().min(0),
  total: z.number().int().min(0).nullable(),
  startedAt: Timestamp.nullable(),
  finishedAt: Timestamp.nullable(),
  /** Items per minute so far (running) or over the whole run (finished). */
  perMinute: z.number().min(0).nullable(),
  secondsLeft: z.number().int().min(0).nullable(),
  /** Why Run now would be refused now (e.g. the mapping does not sync this); null: it can run. */
  blockedBecause: z.string().nullable(),
});
export type JobProgress = z.infer<typeof JobProgress>;

/** GET /jobs/progress: every job's latest run, in JOB_NAMES order. */
export const JobsProgress = z.object({ jobs: z.array(JobProgress) });
export type JobsProgress = z.infer<typeof JobsProgress>;

/** POST /jobs/{job}/run: started (202); a running one answers 409 instead. */
export const RunJobResult = z.object({ job: JobName, started: z.literal(true) });
export type RunJobResult = z.infer<typeof RunJobResult>;
