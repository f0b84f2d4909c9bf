import { Card, Spacing, Stack, Table } from '@kentico/xperience-admin-components';

import { type AdminPageProps, useAdminSession } from '../auth/admin-session';
import { AdminPage } from '../shared/AdminPage';
import { EmptyCallout, LoadState } from '../shared/LoadState';
import { Toolbar } from '../shared/Toolbar';
import { useApiData } from '../shared/use-api-data';
import { ViewOnlyNote } from '../shared/ViewOnlyNote';
import { groupSuggestions } from './suggestion-groups';
import { SUGGESTION_COLUMNS, suggestionRows } from './suggestion-rows';
import { useSuggestionActions } from './use-suggestion-actions';

function SuggestionsScreen() {
  const { api, canEdit } = useAdminSession();
  const list = useApiData(() => api.suggestions(), [api]);
  // Accepting stores a new version on top of the one shown: the companion refuses a stale base.
  const current = useApiData(() => api.currentMapping(), [api]);
  const refresh = () => (list.reload(), current.reload());
  const actions = useSuggestionActions(current.data?.version ?? null, refresh);
  return (
    <Stack spacing={Spacing.XL}>
      <Toolbar
        loading={list.loading}
        onRefresh={refresh}
        updatedAt={current.data ? `mapping version ${current.data.version}` : null}
      />
      <span>
        Values that reach Brightpearl Connect without a mapping, and the Brightpearl values whose
        names come closest. Nothing applies itself: accepting stores a new mapping version (see
        Mappings for its history and revert).
      </span>
      {!canEdit && <ViewOnlyNote what="suggestions" cannot="accept or reject them" />}
      {actions.message && (
        <span role={actions.message.error ? 'alert' : 'status'}>{actions.message.text}</span>
      )}
      <LoadState what="the suggestions" {...list}>
        {(suggestions) => {
          const groups = groupSuggestions(suggestions);
          if (groups.length === 0) {
            return (
              <EmptyCallout headline="No suggestions">
                Every value Kentico sends is mapped, or no Brightpearl value comes close to the ones
                that are not.
              </EmptyCallout>
            );
          }
          return groups.map((group) => (
            <Card key={group.kind} headline={group.title}>
              <Table
                columns={SUGGESTION_COLUMNS}
                rows={suggestionRows(group.suggestions, {
                  canEdit,
                  busy: actions.busy || current.data === null,
                  onAction: actions.act,
                })}
              />
            </Card>
          ));
        }}
      </LoadState>
    </Stack>
  );
}

/** Suggestions: proposed Brightpearl matches for unmapped values, to accept or reject. */
export const SuggestionsTemplate = (props: AdminPageProps) => (
  <AdminPage {...props} headline="Suggestions">
    <SuggestionsScreen />
  </AdminPage>
);
