import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';

/**
 * The options our charts may use: exactly the parts `echarts-chart.tsx` registers (bar and line
 * series, grid, tooltip). Type-only imports: nothing of ECharts is bundled by importing this.
 */
export type ChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | GridComponentOption | TooltipComponentOption
>;
