import type { ChartOption } from './chart-option';

/** The console's chart colour (the brand red) and its light fill. */
const brand = '#c4161c';
const brandFill = 'rgba(196, 22, 28, 0.08)';

const grid = { left: 8, right: 16, top: 16, bottom: 8, containLabel: true };

/** Counts per category as bars (labels turned when they are long, e.g. district names). */
export function countBarOption(name: string, labels: string[], counts: number[]): ChartOption {
  return {
    grid,
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, rotate: 30 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', name, data: counts, itemStyle: { color: brand }, barMaxWidth: 32 }],
  };
}

/** Counts over time (months) as a smooth filled line. */
export function countLineOption(name: string, labels: string[], counts: number[]): ChartOption {
  return {
    grid,
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: labels, boundaryGap: false },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        type: 'line',
        name,
        data: counts,
        smooth: true,
        itemStyle: { color: brand },
        areaStyle: { color: brandFill },
      },
    ],
  };
}
