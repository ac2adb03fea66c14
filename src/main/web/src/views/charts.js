// ECharts, with only the parts the views use, drawn as SVG.
import * as echarts from 'echarts/core';
import { MapChart, ScatterChart, BarChart, LineChart, HeatmapChart } from 'echarts/charts';
import { GeoComponent, TooltipComponent, GridComponent, AriaComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([MapChart, ScatterChart, BarChart, LineChart, HeatmapChart, GeoComponent, TooltipComponent,
  GridComponent, AriaComponent, SVGRenderer]);

export { echarts };

/** A chart in {@code el}, resized with the window, disposed of when the element is emptied. */
export function chart(el, option) {
  const existing = echarts.getInstanceByDom(el);
  if (existing) existing.dispose();
  const c = echarts.init(el, null, { renderer: 'svg', locale: 'EN' });
  // Listen before drawing: without animation, "finished" may come within setOption.
  c.cydipFinished = new Promise((resolve) => c.on('finished', resolve));
  c.setOption({ animation: false, aria: { enabled: true }, textStyle: { fontFamily: 'inherit' }, ...option });
  const resize = () => c.resize();
  window.addEventListener('resize', resize);
  el.cydipChart = c;
  el.cydipDispose = () => { window.removeEventListener('resize', resize); c.dispose(); };
  return c;
}
