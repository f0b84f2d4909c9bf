import type { JobName, JobProgress } from '@bpkc/shared-types';
import {
  Button,
  ButtonColor,
  Card,
  Cols,
  Column,
  ProgressBar,
  Spacing,
  Stack,
} from '@kentico/xperience-admin-components';

import { useAdminSession } from '../auth/admin-session';
import { useAction } from '../shared/use-action';
import { doneText, JOB_TEXT, percentDone, stateText } from './job-words';

/** One long job: what it does, its latest run as a bar (done of total, time left), Run now. */
export function JobCard(props: { progress: JobProgress; onStarted: () => void }) {
  const { api, canEdit } = useAdminSession();
  const { progress } = props;
  const text = JOB_TEXT[progress.job];
  const runNow = useAction((job: JobName) => api.runJob(job));
  const running = progress.state === 'running';
  const why = !canEdit
    ? 'your role may only view'
    : (progress.blockedBecause ?? (running ? 'it is running' : null));
  const start = async () => {
    if (await runNow.run(progress.job)) props.onStarted();
  };
  return (
    <Column cols={Cols.Col12} colsMd={Cols.Col6}>
      <Card headline={text.title} fullHeight>
        <Stack spacing={Spacing.M}>
          <span>{text.what}</span>
          <div aria-label={`${text.title} progress`} data-percent={percentDone(progress)}>
            <ProgressBar completed={percentDone(progress)} />
          </div>
          {progress.state !== 'never' && (
            <strong data-testid={`${progress.job}-done`}>{doneText(progress)}</strong>
          )}
          <span role="status" data-testid={`${progress.job}-state`}>
            {stateText(progress)}
          </span>
          {progress.blockedBecause && <span role="note">{progress.blockedBecause}</span>}
          <Button
            label="Run now"
            color={ButtonColor.Primary}
            icon="xp-rotate-right"
            inProgress={runNow.busy}
            disabled={why !== null}
            title={why ? `Run now is off: ${why}` : `Start the ${text.title.toLowerCase()}`}
            onClick={() => void start()}
          />
          {runNow.error && <span role="alert">{runNow.error}</span>}
        </Stack>
      </Card>
    </Column>
  );
}
