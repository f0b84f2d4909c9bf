import { useEffect, useRef } from 'react';
import uPlot from 'uplot';

import { ensureChartStyles } from './uplot-styles';

const HEIGHT = 220;

/**
 * One uPlot chart filling its container's width. The chart is built again when `options`
 * changes (memoise them) and only gets new data otherwise. Hidden from assistive technology:
 * the card around it carries the numbers (aria label and the table alternative).
 */
export function UPlotChart(props: {
  options: Omit<uPlot.Options, 'width' | 'height'>;
  data: uPlot.AlignedData;
}) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<uPlot | null>(null);
  const data = useRef(props.data);
  data.current = props.data;

  useEffect(() => {
    const element = container.current;
    if (!element) return undefined;
    ensureChartStyles();
    const width = () => Math.max(320, element.clientWidth);
    const plot = new uPlot(
      { ...props.options, width: width(), height: HEIGHT },
      data.current,
      element,
    );
    chart.current = plot;
    const observer = new ResizeObserver(() => plot.setSize({ width: width(), height: HEIGHT }));
    observer.observe(element);
    return () => {
      observer.disconnect();
      plot.destroy();
      chart.current = null;
    };
  }, [props.options]);

  useEffect(() => {
    chart.current?.setData(props.data);
  }, [props.data]);

  return <div ref={container} aria-hidden="true" style={{ width: '100%' }} />;
}
