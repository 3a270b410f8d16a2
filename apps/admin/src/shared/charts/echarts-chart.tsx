import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { type ECharts, init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { ChartOption } from './chart-option';

// Tree-shaken ECharts: only what ChartOption allows is registered and bundled.
use([BarChart, LineChart, GridComponent, TooltipComponent, CanvasRenderer]);

export interface EChartsChartProps {
  option: ChartOption;
  height: number;
  ariaLabel: string;
  testId?: string;
}

/**
 * One ECharts instance in a div: created on mount, given each new option, resized with its
 * container, disposed on unmount. Loaded lazily through `Chart` (see chart.tsx), so ECharts is
 * downloaded only by screens that draw a chart.
 */
export function EChartsChart({ option, height, ariaLabel, testId }: EChartsChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance = init(element, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return (
    <div
      ref={container}
      role="img"
      aria-label={ariaLabel}
      data-testid={testId}
      style={{ width: '100%', height }}
    />
  );
}

export default EChartsChart;
