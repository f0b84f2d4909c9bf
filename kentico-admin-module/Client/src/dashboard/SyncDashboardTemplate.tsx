import {
  Button,
  Callout,
  CalloutPlacementType,
  CalloutType,
  Card,
  Cols,
  Column,
  Headline,
  HeadlineSize,
  LayoutAlignment,
  Row,
  Spacing,
  Spinner,
  Stack,
  TextWithLabel,
} from '@kentico/xperience-admin-components';
import type { ReactNode } from 'react';

import type { SyncStatus } from '../models/sync-status';
import { formatCount, formatTimestamp, sortedReasons } from './format';
import { useSyncStatus } from './use-sync-status';

/**
 * Client properties of the C# `SyncDashboard` page (SyncDashboardClientProperties, camelCased).
 * Loaded by the admin for templateName "@bpconnect/web-admin/SyncDashboard".
 */
export interface SyncDashboardTemplateProps {
  companionUrl: string;
  adminToken: string;
}

const Metric = ({ label, value }: { label: string; value: string }) => (
  <TextWithLabel label={label} value={value} />
);

const MetricCard = ({ headline, children }: { headline: string; children: ReactNode }) => (
  <Column cols={Cols.Col12} colsMd={Cols.Col6} colsLg={Cols.Col3}>
    <Card headline={headline} fullHeight>
      <Stack spacing={Spacing.M}>{children}</Stack>
    </Card>
  </Column>
);

const StatusCards = ({ status }: { status: SyncStatus }) => {
  const { orders, brightpearl } = status;
  const reasons = sortedReasons(status.deadLetters);
  return (
    <Row spacing={Spacing.L}>
      <MetricCard headline="Service">
        <Metric label="Mode" value={status.mode === 'live' ? 'Live' : 'Sandbox'} />
        <Metric label="Last order synced" value={formatTimestamp(status.lastOrderSyncedAt)} />
        <Metric label="Running since" value={formatTimestamp(status.startedAt)} />
      </MetricCard>
      <MetricCard headline="Orders">
        <Metric label="Received" value={formatCount(orders.received)} />
        <Metric label="Synced" value={formatCount(orders.synced)} />
        <Metric label="Pending" value={formatCount(orders.pending)} />
        <Metric label="Failed" value={formatCount(orders.failed)} />
      </MetricCard>
      <MetricCard headline="Dead letters">
        {reasons.length === 0 ? (
          <Metric label="By reason" value="None" />
        ) : (
          reasons.map(([reason, count]) => (
            <Metric key={reason} label={reason} value={formatCount(count)} />
          ))
        )}
      </MetricCard>
      <MetricCard headline="Brightpearl API">
        <Metric label="Calls made" value={formatCount(brightpearl.callsMade)} />
        <Metric label="Throttled" value={formatCount(brightpearl.throttled)} />
        <Metric
          label="Requests remaining"
          value={
            brightpearl.requestsRemaining === null
              ? 'Unknown'
              : formatCount(brightpearl.requestsRemaining)
          }
        />
      </MetricCard>
    </Row>
  );
};

/** Brightpearl sync overview; refreshes itself every 5 s. */
export const SyncDashboardTemplate = ({ companionUrl, adminToken }: SyncDashboardTemplateProps) => {
  const { status, error, loading, configured, lastFetchedAt, refresh } = useSyncStatus({
    companionUrl: companionUrl ?? '',
    adminToken: adminToken ?? '',
  });
  const callout = (type: CalloutType, headline: string, text: string) => (
    <Callout type={type} placement={CalloutPlacementType.OnDesk} headline={headline}>
      {text}
    </Callout>
  );

  return (
    <Stack spacing={Spacing.XL}>
      <Row alignX={LayoutAlignment.Start} alignY={LayoutAlignment.Center} spacing={Spacing.L}>
        <Column>
          <Headline size={HeadlineSize.L}>Brightpearl sync</Headline>
        </Column>
        <Column>
          <Button
            label="Refresh"
            icon="xp-rotate-right"
            inProgress={loading}
            disabled={!configured || loading}
            onClick={refresh}
          />
        </Column>
      </Row>
      {!configured &&
        callout(
          CalloutType.FriendlyWarning,
          'Companion service not configured',
          'Set the companion service URL for Brightpearl Connect in the application settings.',
        )}
      {error && callout(CalloutType.FriendlyWarning, 'Could not load the sync status', error)}
      {configured && status === null && error === null && <Spinner />}
      {status !== null &&
        status.orders.received === 0 &&
        callout(
          CalloutType.QuickTip,
          'No orders yet',
          'The companion service has not received any orders since it started.',
        )}
      {status !== null && <StatusCards status={status} />}
      {lastFetchedAt && (
        <TextWithLabel label="Updated" value={lastFetchedAt.toLocaleTimeString()} />
      )}
    </Stack>
  );
};
