import { JobName, JobsProgress, RunJobResult } from '@bpkc/shared-types';
import { z } from 'zod';

import { JobBlockedError, JobRunningError } from '../sync/jobs/job-errors';
import type { AdminApiDeps } from './deps';
import { ConflictError } from './errors';
import { type AdminRoute, defineRoute } from './route';

const JobParams = z.object({ job: JobName });

/** The Jobs screen: progress of the long jobs and Run now (absent without a jobs service). */
export function jobRoutes(deps: AdminApiDeps): AdminRoute[] {
  const jobs = deps.jobs;
  if (!jobs) return [];
  return [
    defineRoute({
      method: 'get',
      path: '/jobs/progress',
      summary: 'Catalog import and full stock compare: done of total, rate, time left',
      response: JobsProgress,
      handler: () => jobs.progress(),
    }),
    defineRoute({
      method: 'post',
      path: '/jobs/:job/run',
      summary: 'Run now (catalog-import or stock-compare); 409 while one runs anywhere',
      params: JobParams,
      response: RunJobResult,
      status: 202,
      handler: async ({ params, actor }) => {
        try {
          return await jobs.run(params.job, actor.sub);
        } catch (error) {
          if (error instanceof JobRunningError || error instanceof JobBlockedError)
            throw new ConflictError(error.message);
          throw error;
        }
      },
    }),
  ];
}
