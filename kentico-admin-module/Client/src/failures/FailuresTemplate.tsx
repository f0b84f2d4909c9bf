import type { Failure } from '@bpkc/shared-types';
import { Headline, HeadlineSize, Spacing, Stack, Table } from '@kentico/xperience-admin-components';
import { useState } from 'react';

import { type AdminPageProps, useAdminSession } from '../auth/admin-session';
import { AdminPage } from '../shared/AdminPage';
import { humanize } from '../shared/format';
import { EmptyCallout, ErrorCallout, LoadState } from '../shared/LoadState';
import { Toolbar } from '../shared/Toolbar';
import { useApiData } from '../shared/use-api-data';
import { CsvDownloadButton } from './CsvDownloadButton';
import { EditOrderDialog } from './EditOrderDialog';
import {
  FAILURE_GROUPS_KEY,
  FAILURE_LIST_KEY,
  FAILURES_REFRESH_MS,
  useRefreshFailures,
} from './failure-cache';
import { FailureDetails } from './FailureDetails';
import { DiscardDialog, ReplayAllDialog } from './FailureDialogs';
import { FailureGroupCards } from './FailureGroupCards';
import { FAILURE_COLUMNS, type FailureAction, failureRows } from './failure-rows';
import { useFailureActions } from './use-failure-actions';

const LIST_LIMIT = 100;
const every = { refreshMs: FAILURES_REFRESH_MS };

function FailuresScreen() {
  const { api, canEdit } = useAdminSession();
  const groups = useApiData(() => api.failureGroups(), [api], {
    ...every,
    queryKey: FAILURE_GROUPS_KEY,
  });
  const [chosen, setChosen] = useState<string | null>(null);
  const reason = chosen ?? groups.data?.[0]?.reason ?? null;
  const list = useApiData(
    () => (reason ? api.failures({ reason, limit: LIST_LIMIT, offset: 0 }) : Promise.resolve(null)),
    [api, reason],
    { ...every, queryKey: FAILURE_LIST_KEY },
  );
  const refresh = useRefreshFailures();
  const actions = useFailureActions(refresh);
  const [details, setDetails] = useState<Failure | null>(null);
  const [editing, setEditing] = useState<Failure | null>(null);
  const [discardId, setDiscardId] = useState<number | null>(null);
  const [replayAllReason, setReplayAllReason] = useState<string | null>(null);
  const onAction = (failure: Failure, action: FailureAction) => {
    if (action === 'details') setDetails(failure);
    if (action === 'edit') setEditing(failure);
    if (action === 'replay') void actions.replay(failure.id);
    if (action === 'discard') setDiscardId(failure.id);
  };
  const count = groups.data?.find((g) => g.reason === replayAllReason)?.count ?? 0;
  return (
    <Stack spacing={Spacing.XL}>
      <Toolbar loading={groups.loading || list.loading} onRefresh={refresh}>
        <CsvDownloadButton query={reason ? { reason: reason as Failure['reason'] } : {}} />
      </Toolbar>
      {actions.message && (
        <span role={actions.message.error ? 'alert' : 'status'}>{actions.message.text}</span>
      )}
      <LoadState what="the failures" {...groups}>
        {(data) =>
          data.length === 0 ? (
            <EmptyCallout headline="No open failures">
              Everything Kentico and Brightpearl sent has been processed.
            </EmptyCallout>
          ) : (
            <FailureGroupCards
              groups={data}
              selected={reason}
              canEdit={canEdit}
              onSelect={setChosen}
              onReplayAll={setReplayAllReason}
            />
          )
        }
      </LoadState>
      {list.error && (
        <ErrorCallout
          headline="Could not load the failures of this reason"
          error={list.error}
          onRetry={list.reload}
        />
      )}
      {reason && list.data && list.data.items.length > 0 && (
        <Stack spacing={Spacing.L}>
          <Headline size={HeadlineSize.M}>{humanize(reason)}</Headline>
          <Table
            columns={FAILURE_COLUMNS}
            rows={failureRows(list.data.items, { canEdit, onAction })}
          />
        </Stack>
      )}
      {details && (
        <FailureDetails failure={details} onClose={() => setDetails(null)} onChanged={refresh} />
      )}
      {editing && (
        <EditOrderDialog
          failure={editing}
          onCancel={() => setEditing(null)}
          onDone={(message) => (setEditing(null), actions.announce(message))}
        />
      )}
      <ReplayAllDialog
        reason={replayAllReason}
        count={count}
        busy={actions.busy}
        onCancel={() => setReplayAllReason(null)}
        onConfirm={async () => {
          if (replayAllReason) await actions.replayAll(replayAllReason);
          setReplayAllReason(null);
        }}
      />
      <DiscardDialog
        failureId={discardId}
        busy={actions.busy}
        onCancel={() => setDiscardId(null)}
        onConfirm={async (comment) => {
          if (discardId !== null && (await actions.discard(discardId, comment))) setDiscardId(null);
        }}
      />
    </Stack>
  );
}

/** Failures: grouped by reason, each with how to fix it; Replay, Edit and retry, Discard, CSV. */
export const FailuresTemplate = (props: AdminPageProps) => (
  <AdminPage {...props} headline="Sync failures">
    <FailuresScreen />
  </AdminPage>
);
