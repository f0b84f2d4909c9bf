import type {
  AuditPage,
  AuditSearch,
  JobName,
  JobsProgress,
  RunJobResult,
} from '@bpkc/shared-types';

import { companionClient, compact, type HttpOptions, unwrap } from './http';

export type AuditFilters = Pick<AuditSearch, 'action' | 'targetKind' | 'target' | 'who'> & {
  limit: number;
  offset: number;
};

/** The Jobs and Audit screens (reads need 'view'; Run now needs 'edit'). */
export function createJobsApi(options: HttpOptions) {
  const { GET, POST } = companionClient(options);
  return {
    jobsProgress: (): Promise<JobsProgress> => unwrap(GET('/api/v1/jobs/progress')),
    /** 409 while a run of the job goes on (on any instance) or the mapping turns it off. */
    runJob: (job: JobName): Promise<RunJobResult> =>
      unwrap(POST('/api/v1/jobs/{job}/run', { params: { path: { job } } })),
    audit: (filters: AuditFilters): Promise<AuditPage> =>
      unwrap(GET('/api/v1/audit', { params: { query: compact({ ...filters }) } })),
  };
}
