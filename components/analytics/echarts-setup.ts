import { BarChart, LineChart, TreeChart, type BarSeriesOption, type LineSeriesOption, type TreeSeriesOption } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkAreaComponent, MarkLineComponent, TooltipComponent, type GridComponentOption, type LegendComponentOption, type MarkAreaComponentOption, type MarkLineComponentOption, type TooltipComponentOption } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

// Only what the dashboard draws is registered, so the bundle carries these charts and nothing else of ECharts.
echarts.use([BarChart, LineChart, TreeChart, GridComponent, LegendComponent, MarkAreaComponent, MarkLineComponent, TooltipComponent, CanvasRenderer]);

export { echarts };

/** An option of the dashboard's charts, typed against the parts registered above. */
export type ChartOption = echarts.ComposeOption<BarSeriesOption | LineSeriesOption | TreeSeriesOption | GridComponentOption | LegendComponentOption | MarkAreaComponentOption | MarkLineComponentOption | TooltipComponentOption>;
