import { Link, Spacing, Stack } from '@kentico/xperience-admin-components';

import { type AdminPageProps, useAdminSession } from '../auth/admin-session';
import { AdminPage } from '../shared/AdminPage';
import { EmptyCallout, LoadState } from '../shared/LoadState';
import { Toolbar } from '../shared/Toolbar';
import { useApiData } from '../shared/use-api-data';
import { ConnectionCards, FlowCard, WorkCards } from './OverviewCards';

const REFRESH_MS = 5_000;

function OverviewScreen() {
  const { api } = useAdminSession();
  const overview = useApiData(() => api.overview(), [api], { refreshMs: REFRESH_MS });
  const generatedAt = overview.data
    ? new Date(overview.data.generatedAt).toLocaleTimeString()
    : null;
  return (
    <Stack spacing={Spacing.XL}>
      <Toolbar loading={overview.loading} onRefresh={overview.reload} updatedAt={generatedAt}>
        <Link href="insights" text="Charts over time: Insights" />
      </Toolbar>
      <LoadState what="the sync overview" {...overview}>
        {(data) => (
          <Stack spacing={Spacing.XL}>
            {data.orders.received === 0 && (
              <EmptyCallout headline="No orders yet">
                No Kentico order has reached Brightpearl Connect since it started. New orders appear
                here within seconds of checkout.
              </EmptyCallout>
            )}
            <ConnectionCards overview={data} />
            <WorkCards overview={data} />
            <FlowCard overview={data} />
          </Stack>
        )}
      </LoadState>
    </Stack>
  );
}

/** Overview: both connections, the Brightpearl budget, queues, orders and failures; live. */
export const OverviewTemplate = (props: AdminPageProps) => (
  <AdminPage {...props} headline="Brightpearl Connect">
    <OverviewScreen />
  </AdminPage>
);
