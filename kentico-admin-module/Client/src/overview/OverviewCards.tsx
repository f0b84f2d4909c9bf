import type { Overview } from '@bpkc/shared-types';
import {
  Card,
  Cols,
  Column,
  Row,
  Spacing,
  Stack,
  TextWithLabel,
} from '@kentico/xperience-admin-components';
import type { ReactNode } from 'react';

import { formatAge, formatCount, humanize } from '../shared/format';
import { HealthStatus } from '../shared/HealthStatus';

const MetricCard = ({ headline, children }: { headline: string; children: ReactNode }) => (
  <Column cols={Cols.Col12} colsMd={Cols.Col4}>
    <Card headline={headline} fullHeight>
      <Stack spacing={Spacing.M}>{children}</Stack>
    </Card>
  </Column>
);

const Metric = ({ label, value }: { label: string; value: string }) => (
  <TextWithLabel label={label} value={value} />
);

const FLOW_LABELS: Record<keyof Overview['lastSuccess'], string> = {
  orders: 'Orders to Brightpearl',
  orderWriteBack: 'Brightpearl ids to Kentico',
  stockPush: 'Stock to Kentico',
  stockFullCompare: 'Full stock compare',
  shipments: 'Shipments',
  payments: 'Payments',
  refunds: 'Refunds',
  creditsFromBrightpearl: 'Credits from Brightpearl',
  orderStatus: 'Order statuses',
  customers: 'Customers',
};

export function ConnectionCards({ overview }: { overview: Overview }) {
  const { brightpearl, kentico } = overview.connections;
  const budget = overview.brightpearlBudget;
  return (
    <Row spacing={Spacing.L}>
      <MetricCard headline="Brightpearl">
        <HealthStatus health={brightpearl} />
        <Metric label="Last successful call" value={formatAge(brightpearl.lastSuccessAt)} />
      </MetricCard>
      <MetricCard headline="Kentico bridge">
        <HealthStatus health={kentico} />
        <Metric label="Last successful call" value={formatAge(kentico.lastSuccessAt)} />
      </MetricCard>
      <MetricCard headline="Brightpearl budget">
        <Metric label="Requests used since start" value={formatCount(budget.used)} />
        <Metric
          label="Left this minute (whole account)"
          value={budget.left === null ? 'Not reported yet' : formatCount(budget.left)}
        />
        <Metric label="Throttled (503) answers" value={formatCount(budget.throttled)} />
      </MetricCard>
    </Row>
  );
}

export function WorkCards({ overview }: { overview: Overview }) {
  const { orders, throughput } = overview;
  const failures = Object.entries(overview.failures).filter(([, n]) => n > 0);
  const queues = Object.entries(overview.queues).filter(([, n]) => n > 0);
  return (
    <Row spacing={Spacing.L}>
      <MetricCard headline="Orders">
        <Metric label="Synced in the last 24 hours" value={formatCount(throughput.lastDay)} />
        <Metric label="Synced in the last hour" value={formatCount(throughput.lastHour)} />
        <Metric label="Received since start" value={formatCount(orders.received)} />
        <Metric label="Waiting" value={formatCount(orders.pending)} />
        <Metric label="Failed" value={formatCount(orders.failed)} />
      </MetricCard>
      <MetricCard headline="Open failures">
        {failures.length === 0 ? (
          <Metric label="By reason" value="None" />
        ) : (
          failures.map(([reason, n]) => (
            <Metric key={reason} label={humanize(reason)} value={formatCount(n)} />
          ))
        )}
      </MetricCard>
      <MetricCard headline="Queues">
        {queues.length === 0 ? (
          <Metric label="Unfinished jobs" value="None: all caught up" />
        ) : (
          queues.map(([queue, n]) => <Metric key={queue} label={queue} value={formatCount(n)} />)
        )}
      </MetricCard>
    </Row>
  );
}

export function FlowCard({ overview }: { overview: Overview }) {
  const flows = Object.entries(FLOW_LABELS) as [keyof Overview['lastSuccess'], string][];
  return (
    <Card headline="Last success of each flow">
      <Row spacing={Spacing.L}>
        {flows.map(([flow, label]) => (
          <Column key={flow} cols={Cols.Col6} colsMd={Cols.Col3}>
            <Metric label={label} value={formatAge(overview.lastSuccess[flow])} />
          </Column>
        ))}
      </Row>
    </Card>
  );
}
