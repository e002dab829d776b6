import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

/*
 * The one set of ECharts parts the inspection charts use, registered once for both the
 * screen (renderer/ui/EChart.tsx) and the Word report's server-side rendering, so the two
 * cannot draw with different parts; importing from echarts/core keeps the renderer bundle to
 * these parts instead of the whole library.
 */

echarts.use([
  LineChart,
  ScatterChart,
  BarChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  SVGRenderer,
]);

export { echarts };
