import type { InsightsRange } from '@bpkc/shared-types';
import { Button, ButtonColor, Inline, Spacing, Stack } from '@kentico/xperience-admin-components';
import { useState } from 'react';

import { type AdminPageProps, useAdminSession } from '../auth/admin-session';
import { AdminPage } from '../shared/AdminPage';
import { LoadState } from '../shared/LoadState';
import { Toolbar } from '../shared/Toolbar';
import { useApiData } from '../shared/use-api-data';
import { InsightCharts } from './InsightCharts';

const REFRESH_MS = 60_000;
const RANGES: Array<{ range: InsightsRange; label: string }> = [
  { range: '24h', label: 'Last 24 hours' },
  { range: '7d', label: 'Last 7 days' },
  { range: '30d', label: 'Last 30 days' },
];

function InsightsScreen() {
  const { api } = useAdminSession();
  const [range, setRange] = useState<InsightsRange>('24h');
  const insights = useApiData(() => api.insights(range), [api, range], { refreshMs: REFRESH_MS });
  const generatedAt = insights.data
    ? new Date(insights.data.generatedAt).toLocaleTimeString()
    : null;
  return (
    <Stack spacing={Spacing.XL}>
      <Toolbar loading={insights.loading} onRefresh={insights.reload} updatedAt={generatedAt}>
        <Inline spacing={Spacing.S}>
          {RANGES.map((option) => (
            <Button
              key={option.range}
              label={option.label}
              color={option.range === range ? ButtonColor.Primary : ButtonColor.Secondary}
              active={option.range === range}
              onClick={() => setRange(option.range)}
            />
          ))}
        </Inline>
      </Toolbar>
      <span>
        What the companion did, hour by hour: kept in its own store, so the figures survive
        restarts. The current hour (and minute) is still filling; its figures are brought up to date
        every 30 seconds.
      </span>
      <LoadState what="the charts" {...insights}>
        {(data) => (data.range === range ? <InsightCharts insights={data} /> : null)}
      </LoadState>
    </Stack>
  );
}

/** Insights: orders, stock pushes, failures, Brightpearl budget and latency over time. */
export const InsightsTemplate = (props: AdminPageProps) => (
  <AdminPage {...props} headline="Insights">
    <InsightsScreen />
  </AdminPage>
);
