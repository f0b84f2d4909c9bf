import type { MappingVersion } from '@bpkc/shared-types';
import {
  Callout,
  CalloutPlacementType,
  CalloutType,
  Link,
  Spacing,
  Stack,
} from '@kentico/xperience-admin-components';
import { useState } from 'react';

import { type AdminPageProps, useAdminSession } from '../auth/admin-session';
import { AdminPage } from '../shared/AdminPage';
import { ErrorCallout, LoadState } from '../shared/LoadState';
import { Toolbar } from '../shared/Toolbar';
import { useApiData } from '../shared/use-api-data';
import { ViewOnlyNote } from '../shared/ViewOnlyNote';
import { ExportCard } from './ExportCard';
import { ImportCard } from './ImportCard';
import { TemplatesCard } from './TemplatesCard';

function ConfigurationScreen() {
  const { api, canEdit } = useAdminSession();
  const summary = useApiData(() => api.configurationSummary(), [api]);
  const templates = useApiData(() => api.templates(), [api]);
  const [applied, setApplied] = useState<MappingVersion | null>(null);
  const onApplied = (saved: MappingVersion) => (setApplied(saved), summary.reload());
  return (
    <Stack spacing={Spacing.XL}>
      <Toolbar loading={summary.loading} onRefresh={() => (summary.reload(), templates.reload())}>
        <Link href="mappings" text="History, differences and revert: Mappings" />
      </Toolbar>
      {!canEdit && (
        <ViewOnlyNote what="the configuration" cannot="apply a template or import one" />
      )}
      {summary.error && (
        <ErrorCallout
          headline="Could not load the configuration"
          error={summary.error}
          onRetry={summary.reload}
        />
      )}
      {summary.data?.firstSetup && (
        <Callout
          type={CalloutType.QuickTip}
          placement={CalloutPlacementType.OnDesk}
          headline="First setup: start from a template"
        >
          Pick the template closest to your business below, preview what it changes and apply it.
          Everything stays editable afterwards.
        </Callout>
      )}
      {applied && (
        <span role="status">
          Saved as version {applied.version} ({applied.comment ?? 'no comment'}); it applies from
          now on.
        </span>
      )}
      <LoadState what="the templates" {...templates}>
        {(list) => (
          <TemplatesCard
            templates={list}
            baseVersion={summary.data?.currentVersion ?? null}
            onApplied={onApplied}
          />
        )}
      </LoadState>
      <ExportCard />
      <ImportCard onApplied={onApplied} />
    </Stack>
  );
}

/** Configuration: templates, and moving a tested configuration between environments. */
export const ConfigurationTemplate = (props: AdminPageProps) => (
  <AdminPage {...props} headline="Configuration">
    <ConfigurationScreen />
  </AdminPage>
);
