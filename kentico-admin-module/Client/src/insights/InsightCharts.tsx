import type { Insights } from '@bpkc/shared-types';
import { Spacing, Stack } from '@kentico/xperience-admin-components';
import { useMemo } from 'react';
import type uPlot from 'uplot';

import { type ChartSeries, reasonLabel, seriesSummary, stacked, toSeconds } from './chart-data';
import { ChartCard } from './ChartCard';
import { lineOptions, stackedBarOptions } from './chart-options';
import { UPlotChart } from './UPlotChart';

const formatBucket = (bucket: string) =>
  new Date(bucket).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** uPlot data: the x values, then one array per series (nulls are gaps). */
const alignedData = (
  buckets: readonly string[],
  series: readonly ChartSeries[],
): uPlot.AlignedData => [toSeconds(buckets), ...series.map((one) => [...one.values])];

function Chart(props: {
  buckets: readonly string[];
  series: readonly ChartSeries[];
  yLabel: string;
  kind: 'lines' | 'stack';
}) {
  const labels = props.series.map((one) => one.label);
  const drawn = props.kind === 'stack' ? stacked(props.series) : props.series;
  const key = `${props.kind}:${props.yLabel}:${labels.join('|')}`;
  // Rebuilt only when the series themselves change, not on every refresh of their numbers.
  const options = useMemo(
    () =>
      props.kind === 'stack'
        ? stackedBarOptions(
            drawn.map((one) => one.label),
            props.yLabel,
          )
        : lineOptions(labels, props.yLabel),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` names everything they use
    [key],
  );
  const data = useMemo(() => alignedData(props.buckets, drawn), [props.buckets, drawn]);
  return <UPlotChart options={options} data={data} />;
}

/** The four charts of the Insights screen for one range. */
export function InsightCharts({ insights }: { insights: Insights }) {
  const { hourly, budget } = insights;
  const work: ChartSeries[] = [
    { label: 'Orders synced', values: hourly.ordersSynced },
    { label: 'Stock pushes (products)', values: hourly.stockPushes },
  ];
  const failures: ChartSeries[] = hourly.failuresByReason.map((failure) => ({
    label: reasonLabel(failure.reason),
    values: failure.counts,
  }));
  const per = budget.resolution === 'minute' ? 'per minute' : 'per minute, hourly average';
  const requests: ChartSeries[] = [
    { label: `Our requests (${per})`, values: budget.requestsSent },
    { label: 'Account had left (least)', values: budget.remainingMin },
  ];
  const latency: ChartSeries[] = [
    { label: 'Median (p50), seconds', values: hourly.latencyP50Seconds },
    { label: '95th percentile (p95), seconds', values: hourly.latencyP95Seconds },
  ];
  const cards = [
    {
      id: 'work',
      headline: 'Orders and stock pushes per hour',
      series: work,
      buckets: hourly.buckets,
      yLabel: 'per hour',
      kind: 'lines' as const,
      summary: `Totals: ${seriesSummary(work, 'total')}`,
      emptyText: 'No order was synced and no stock was pushed in this period.',
    },
    {
      id: 'failures',
      headline: 'Failures by reason per hour',
      series: failures,
      buckets: hourly.buckets,
      yLabel: 'failures',
      kind: 'stack' as const,
      summary: `Totals: ${seriesSummary(failures, 'total')}`,
      emptyText: 'No failure was opened in this period.',
    },
    {
      id: 'budget',
      headline: 'Brightpearl request budget',
      series: requests,
      buckets: budget.buckets,
      yLabel: 'requests',
      kind: 'lines' as const,
      summary: `Highest: ${seriesSummary(requests, 'peak')}`,
      emptyText: 'The companion sent no Brightpearl request in this period.',
    },
    {
      id: 'latency',
      headline: 'Order latency (accepted to in Brightpearl)',
      series: latency,
      buckets: hourly.buckets,
      yLabel: 'seconds',
      kind: 'lines' as const,
      summary: `Highest: ${seriesSummary(latency, 'peak')}`,
      emptyText: 'No order reached Brightpearl in this period.',
    },
  ];
  return (
    <Stack spacing={Spacing.XL}>
      {cards.map((card) => (
        <ChartCard
          key={card.id}
          {...card}
          formatBucket={formatBucket}
          chart={
            <Chart
              buckets={card.buckets}
              series={card.series}
              yLabel={card.yLabel}
              kind={card.kind}
            />
          }
        />
      ))}
    </Stack>
  );
}
