/** The document's charts: drawn as SVG here, turned into PNG by the host, placed as captioned figures. */
export { chartFigure } from './figure';
export { prepareCharts, RASTER_SCALE, type PreparedChart, type PreparedCharts } from './prepare';
export { CHART_IDS, planCharts, type ChartDefinition, type ChartId } from './plan-charts';
export { barChartSvg, type Bar } from './bar-chart';
export { comparisonChartSvg, type ComparisonLegend, type ComparisonRow, type Measure } from './comparison-chart';
export type { ChartDrawing } from './svg';
