import { Link, Row, Spacing, Stack } from '@kentico/xperience-admin-components';
import { useEffect, useState } from 'react';

import { type AdminPageProps, useAdminSession } from '../auth/admin-session';
import { AdminPage } from '../shared/AdminPage';
import { LoadState } from '../shared/LoadState';
import { Toolbar } from '../shared/Toolbar';
import { useApiData } from '../shared/use-api-data';
import { ViewOnlyNote } from '../shared/ViewOnlyNote';
import { JobCard } from './JobCard';
import { SchedulesCard } from './SchedulesCard';

/** Often enough for a bar that moves while a job runs; a quiet screen polls less. */
const RUNNING_REFRESH_MS = 2_000;
const IDLE_REFRESH_MS = 10_000;

function JobsScreen() {
  const { api, canEdit } = useAdminSession();
  const [anyRunning, setAnyRunning] = useState(false);
  const refreshMs = anyRunning ? RUNNING_REFRESH_MS : IDLE_REFRESH_MS;
  const progress = useApiData(() => api.jobsProgress(), [api], { refreshMs });
  // A finished run changes the schedules' last run: they refresh at the same pace.
  const settings = useApiData(() => api.effectiveSettings(), [api], { refreshMs });
  const running = progress.data?.jobs.some((job) => job.state === 'running') ?? false;
  useEffect(() => setAnyRunning(running), [running]);
  const reload = () => (progress.reload(), settings.reload());
  return (
    <Stack spacing={Spacing.XL}>
      <Toolbar loading={progress.loading} onRefresh={reload}>
        <Link href="settings" text="Change how often jobs run: Settings" />
      </Toolbar>
      {!canEdit && <ViewOnlyNote what="the jobs" cannot="start them" />}
      <LoadState what="the jobs" {...progress}>
        {(data) => (
          <Row spacing={Spacing.L}>
            {data.jobs.map((job) => (
              <JobCard key={job.job} progress={job} onStarted={progress.reload} />
            ))}
          </Row>
        )}
      </LoadState>
      <LoadState what="the schedules" {...settings}>
        {(data) => <SchedulesCard settings={data} />}
      </LoadState>
    </Stack>
  );
}

/** Jobs: catalog import and full stock compare with progress and Run now; schedules. */
export const JobsTemplate = (props: AdminPageProps) => (
  <AdminPage {...props} headline="Jobs">
    <JobsScreen />
  </AdminPage>
);
