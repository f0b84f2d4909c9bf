import type { MappingVersion } from '@bpkc/shared-types';
import { Link, Spacing, Stack } from '@kentico/xperience-admin-components';
import { useState } from 'react';

import { type AdminPageProps, useAdminSession } from '../auth/admin-session';
import { AdminPage } from '../shared/AdminPage';
import { LoadState } from '../shared/LoadState';
import { Toolbar } from '../shared/Toolbar';
import { useApiData } from '../shared/use-api-data';
import { TransformsEditor } from './TransformsEditor';

function TransformsScreen() {
  const { api } = useAdminSession();
  const current = useApiData(() => api.currentMapping(), [api]);
  const targets = useApiData(() => api.transformTargets(), [api]);
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  const onSaved = (saved: MappingVersion) => (setSavedVersion(saved.version), current.reload());
  return (
    <Stack spacing={Spacing.XL}>
      <Toolbar loading={current.loading} onRefresh={() => (current.reload(), targets.reload())}>
        <Link href="mappings" text="Versions, differences and revert: Mappings" />
      </Toolbar>
      <LoadState what="the transform fields" {...targets}>
        {(targetList) => (
          <LoadState what="the mapping" {...current}>
            {(data) => (
              <>
                {/* A new version remounts the editor, so it starts from what was stored. */}
                <TransformsEditor
                  key={data.version}
                  current={data}
                  targets={targetList}
                  onSaved={onSaved}
                />
                {savedVersion === data.version && (
                  <span role="status">
                    Saved as version {savedVersion}; it applies from now on.
                  </span>
                )}
              </>
            )}
          </LoadState>
        )}
      </LoadState>
    </Stack>
  );
}

/** Transforms: JSONata expressions per outgoing field, tested and previewed at zero calls. */
export const TransformsTemplate = (props: AdminPageProps) => (
  <AdminPage {...props} headline="Transforms">
    <TransformsScreen />
  </AdminPage>
);
