import type { MappingVersion } from '@bpkc/shared-types';
import { Button, ButtonColor, Spacing, Stack } from '@kentico/xperience-admin-components';
import { useState } from 'react';

import { type AdminPageProps, useAdminSession } from '../auth/admin-session';
import { AdminPage } from '../shared/AdminPage';
import { formatTimestamp } from '../shared/format';
import { LoadState } from '../shared/LoadState';
import { Toolbar } from '../shared/Toolbar';
import { useApiData } from '../shared/use-api-data';
import { ViewOnlyNote } from '../shared/ViewOnlyNote';
import { MappingEditor } from './MappingEditor';
import { VersionHistory } from './VersionHistory';

function MappingsScreen() {
  const { api, canEdit } = useAdminSession();
  const [refreshLists, setRefreshLists] = useState(0);
  const lookups = useApiData(() => api.lookups(refreshLists > 0), [api, refreshLists]);
  const current = useApiData(() => api.currentMapping(), [api]);
  const versions = useApiData(() => api.mappingVersions(), [api]);
  const reload = () => (current.reload(), versions.reload());
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  const onSaved = (saved: MappingVersion) => (setSavedVersion(saved.version), reload());
  const listErrors = lookups.data?.errors ?? [];
  return (
    <Stack spacing={Spacing.XL}>
      <Toolbar
        loading={lookups.loading}
        onRefresh={reload}
        updatedAt={lookups.data ? `lists read ${formatTimestamp(lookups.data.fetchedAt)}` : null}
      >
        <Button
          label="Reload lists from both platforms"
          color={ButtonColor.Secondary}
          onClick={() => setRefreshLists((n) => n + 1)}
        />
      </Toolbar>
      {!canEdit && <ViewOnlyNote what="the mapping and its history" cannot="change or revert it" />}
      {listErrors.map((error) => (
        <span key={error.source} role="alert">
          The {error.source === 'kentico' ? 'Kentico' : 'Brightpearl'} lists could not be read (
          {error.message}): type values by hand or reload.
        </span>
      ))}
      <LoadState what="the mapping" {...current}>
        {(data) => (
          <>
            {/* A new version remounts the editor, so it starts from what was stored. */}
            <MappingEditor
              key={data.version}
              current={data}
              lookups={lookups.data}
              onSaved={onSaved}
            />
            {savedVersion === data.version && (
              <span role="status">Saved as version {savedVersion}; it applies from now on.</span>
            )}
          </>
        )}
      </LoadState>
      <LoadState what="the mapping history" {...versions}>
        {(list) =>
          current.data && (
            <VersionHistory
              versions={list}
              current={current.data}
              lookups={lookups.data}
              onReverted={reload}
            />
          )
        }
      </LoadState>
    </Stack>
  );
}

/** Mappings: Kentico ↔ Brightpearl values with drop-downs from both platforms, versions, revert. */
export const MappingsTemplate = (props: AdminPageProps) => (
  <AdminPage {...props} headline="Mappings">
    <MappingsScreen />
  </AdminPage>
);
