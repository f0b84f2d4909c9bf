import type { MappingVersion } from '@bpkc/shared-types';
import { Spacing, Stack } from '@kentico/xperience-admin-components';
import { useState } from 'react';

import { type AdminPageProps, useAdminSession } from '../auth/admin-session';
import { AdminPage } from '../shared/AdminPage';
import { formatTimestamp } from '../shared/format';
import { LoadState } from '../shared/LoadState';
import { Toolbar } from '../shared/Toolbar';
import { useApiData } from '../shared/use-api-data';
import { ViewOnlyNote } from '../shared/ViewOnlyNote';
import { RulesEditor } from './RulesEditor';

function RulesScreen() {
  const { api, canEdit } = useAdminSession();
  const lookups = useApiData(() => api.lookups(), [api]);
  const current = useApiData(() => api.currentMapping(), [api]);
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  const onSaved = (saved: MappingVersion) => (setSavedVersion(saved.version), current.reload());
  return (
    <Stack spacing={Spacing.XL}>
      <Toolbar
        loading={current.loading}
        onRefresh={() => (current.reload(), lookups.reload())}
        updatedAt={
          current.data
            ? `version ${current.data.version}, ${formatTimestamp(current.data.createdAt)}`
            : null
        }
      />
      {!canEdit && <ViewOnlyNote what="the rules and checks" cannot="change them" />}
      {(lookups.data?.errors ?? []).map((error) => (
        <span key={error.source} role="alert">
          The {error.source === 'kentico' ? 'Kentico' : 'Brightpearl'} lists could not be read (
          {error.message}): type values by hand or refresh.
        </span>
      ))}
      <LoadState what="the rules" {...current}>
        {(data) => (
          <>
            {/* A new version remounts the editor, so it starts from what was stored. */}
            <RulesEditor
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
    </Stack>
  );
}

/** Rules & checks: ordered business rules (hold, route, note, tag, skip) and the order checks. */
export const RulesTemplate = (props: AdminPageProps) => (
  <AdminPage {...props} headline="Rules & checks">
    <RulesScreen />
  </AdminPage>
);
