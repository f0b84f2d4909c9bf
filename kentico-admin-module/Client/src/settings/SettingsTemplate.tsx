import type { MappingVersion } from '@bpkc/shared-types';
import { Link, Spacing, Stack } from '@kentico/xperience-admin-components';
import { useState } from 'react';

import { type AdminPageProps, useAdminSession } from '../auth/admin-session';
import { AdminPage } from '../shared/AdminPage';
import { ErrorCallout, LoadState } from '../shared/LoadState';
import { Toolbar } from '../shared/Toolbar';
import { useApiData } from '../shared/use-api-data';
import { effectiveByPath } from './effective';
import { SettingsEditor } from './SettingsEditor';

function SettingsScreen() {
  const { api } = useAdminSession();
  const current = useApiData(() => api.currentMapping(), [api]);
  const lookups = useApiData(() => api.lookups(), [api]);
  const effective = useApiData(() => api.effectiveSettings(), [api]);
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  const reload = () => (current.reload(), effective.reload());
  const onSaved = (saved: MappingVersion) => (setSavedVersion(saved.version), reload());
  return (
    <Stack spacing={Spacing.XL}>
      <Toolbar loading={current.loading} onRefresh={reload}>
        <Link
          href="mappings"
          text="Channel, warehouse, price list, value maps, history and revert: Mappings"
        />
      </Toolbar>
      {effective.error && (
        // The editor works without it; only the "Effective:" hints are missing.
        <ErrorCallout
          headline="Could not load the effective values"
          error={effective.error}
          onRetry={effective.reload}
        />
      )}
      <LoadState what="the settings" {...current}>
        {(data) => (
          <>
            {/* A new version remounts the editor, so it starts from what was stored. */}
            <SettingsEditor
              key={data.version}
              current={data}
              lookups={lookups.data}
              effective={effectiveByPath(effective.data)}
              alertChannels={effective.data?.alerts.channels ?? null}
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

/** Settings: flows, schedules, go-live, alerts and the document's other settings, versioned. */
export const SettingsTemplate = (props: AdminPageProps) => (
  <AdminPage {...props} headline="Settings">
    <SettingsScreen />
  </AdminPage>
);
