import { Button, ButtonSize, Card, Spacing, Stack } from '@kentico/xperience-admin-components';
import { type ReactNode, useState } from 'react';

import { type ChartSeries, tableRows } from './chart-data';
import { seriesColor } from './chart-options';

export interface ChartCardProps {
  /** Also the chart's id for tests (`data-chart`). */
  id: string;
  headline: string;
  /** The chart's figures in words: the card's accessible description. */
  summary: string;
  buckets: readonly string[];
  /** In data order (for stacks: bottom first), as the table lists them. */
  series: readonly ChartSeries[];
  /** What an empty period means here. */
  emptyText: string;
  formatBucket: (bucket: string) => string;
  chart: ReactNode;
}

const Swatch = ({ color }: { color: string }) => (
  <span
    aria-hidden="true"
    style={{ display: 'inline-block', width: 10, height: 10, background: color, marginRight: 6 }}
  />
);

/** A chart with its legend, its figures in words, and the same numbers as a table on demand. */
export function ChartCard(props: ChartCardProps) {
  const [showTable, setShowTable] = useState(false);
  const rows = tableRows(props.buckets, props.series);
  const empty = rows.length === 0;
  return (
    <Card headline={props.headline}>
      <figure
        data-chart={props.id}
        aria-label={`${props.headline}. ${props.summary}`}
        style={{ margin: 0 }}
      >
        <Stack spacing={Spacing.M}>
          <figcaption data-summary>{empty ? props.emptyText : props.summary}</figcaption>
          {!empty && (
            <>
              <div>
                {props.series.map((one, i) => (
                  <span key={one.label} style={{ marginRight: 16 }}>
                    <Swatch color={seriesColor(i)} />
                    {one.label}
                  </span>
                ))}
              </div>
              {props.chart}
              <div>
                <Button
                  label={showTable ? 'Hide the numbers' : 'Show the numbers'}
                  size={ButtonSize.S}
                  onClick={() => setShowTable(!showTable)}
                />
              </div>
              {showTable && <NumbersTable {...props} rows={rows} />}
            </>
          )}
        </Stack>
      </figure>
    </Card>
  );
}

function NumbersTable(props: ChartCardProps & { rows: ReturnType<typeof tableRows> }) {
  const cell = { padding: '2px 12px 2px 0', textAlign: 'right' as const };
  return (
    <table style={{ borderCollapse: 'collapse' }}>
      <caption style={{ textAlign: 'left' }}>{props.headline}: buckets with any figure</caption>
      <thead>
        <tr>
          <th scope="col" style={{ ...cell, textAlign: 'left' }}>
            From
          </th>
          {props.series.map((one) => (
            <th scope="col" key={one.label} style={cell}>
              {one.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row) => (
          <tr key={row.bucket}>
            <th scope="row" style={{ ...cell, textAlign: 'left', fontWeight: 'normal' }}>
              {props.formatBucket(row.bucket)}
            </th>
            {row.values.map((value, i) => (
              <td key={props.series[i]?.label ?? i} style={cell}>
                {value === null ? '–' : value.toLocaleString('en')}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
