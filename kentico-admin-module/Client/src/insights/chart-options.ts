import uPlot from 'uplot';

/** uPlot options for the Insights charts: time on x, our own legend (the card's table). */

export const PALETTE = [
  '#1f6fd1',
  '#e07b00',
  '#2e9d4a',
  '#c2185b',
  '#6a4fb3',
  '#00838f',
  '#8d6e63',
];

const colorAt = (i: number) => PALETTE[i % PALETTE.length] as string;

function base(yLabel: string, series: uPlot.Series[]): Omit<uPlot.Options, 'width' | 'height'> {
  return {
    series: [{}, ...series],
    scales: {
      x: { time: true },
      y: { range: (_u, min, max) => [Math.min(0, min), Math.max(1, max)] },
    },
    axes: [{}, { label: yLabel, size: 60 }],
    legend: { show: false },
    cursor: { drag: { x: false, y: false } },
  };
}

/** Lines, one per label; nulls are gaps (an hour without orders has no latency). */
export function lineOptions(labels: readonly string[], yLabel: string) {
  return base(
    yLabel,
    labels.map((label, i) => ({
      label,
      stroke: colorAt(i),
      width: 2,
      points: { show: true, size: 4 },
    })),
  );
}

const bars = uPlot.paths.bars?.({ size: [0.7, 40] });

/**
 * Stacked bars from cumulative series in drawing order (chart-data `stacked`): each later one
 * is drawn over the earlier, taller ones. `colorIndex` keeps a reason's colour in the legend.
 */
export function stackedBarOptions(labels: readonly string[], yLabel: string) {
  const count = labels.length;
  return base(
    yLabel,
    labels.map((label, i) => ({
      label,
      stroke: colorAt(count - 1 - i),
      fill: colorAt(count - 1 - i),
      width: 1,
      paths: bars,
      points: { show: false },
    })),
  );
}

/** The colour a series (in data order, bottom first) has in the charts above. */
export const seriesColor = colorAt;
