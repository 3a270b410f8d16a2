import { Alert, Skeleton } from 'antd';
import { Component, lazy, type ReactNode, Suspense } from 'react';
import type { EChartsChartProps } from './echarts-chart';

const EChartsChart = lazy(() => import('./echarts-chart'));

class ChartBoundary extends Component<
  { fallback: ReactNode; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

/**
 * A chart, with ECharts loaded on first use (its own chunk, not part of the console's first
 * screen). `failedText` shows if that chunk cannot be loaded.
 */
export function Chart({ failedText, ...props }: EChartsChartProps & { failedText: string }) {
  return (
    <ChartBoundary fallback={<Alert type="warning" showIcon title={failedText} />}>
      <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: props.height }} />}>
        <EChartsChart {...props} />
      </Suspense>
    </ChartBoundary>
  );
}
