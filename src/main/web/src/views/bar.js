// The bar chart: numbers per category (e.g. each resolution's yes / no / abstain
// totals), or how many rows fall in each category (e.g. states per camp).
import { chart } from './charts.js';
import { frame, finished } from './map.js';
import { categoryOrder, categoryColors, CATEGORY_COLORS } from './palette.js';
import { categoryLegend } from './legend.js';
import { text } from './terms.js';
import { t } from './words.js';

export async function drawBar(el, a) {
  const { labels, series, title } = a.bar.numbers ? byNumbers(a) : byCount(a);
  const horizontal = labels.length > 8;
  const box = frame(el, 'cydip-bar-chart');
  if (horizontal) box.style.height = `${Math.max(260, labels.length * 22 * Math.max(1, series.length / 2) + 60)}px`;
  const cat = { type: 'category', data: labels, inverse: horizontal, axisLabel: { interval: 0, rotate: !horizontal && labels.length > 4 ? 30 : 0 } };
  const val = { type: 'value', minInterval: 1 };
  const c = chart(box, {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: horizontal ? 160 : 48, right: 24, top: 24, bottom: horizontal ? 24 : 72 },
    xAxis: horizontal ? val : cat,
    yAxis: horizontal ? cat : val,
    series: series.map((s) => ({ type: 'bar', name: s.name, data: s.data, itemStyle: s.itemStyle, colorBy: s.colorBy })),
  });
  el.append(categoryLegend(title, series.length > 1 ? series.map((s) => ({ label: s.name, color: s.itemStyle.color })) : series[0].entries));
  el.dataset.bars = String(labels.length);
  await finished(c);
  return c;
}

function byNumbers(a) {
  const labels = a.rows.map((r) => text(r[a.bar.key]));
  const series = a.bar.numbers.map((v, i) => ({
    name: v,
    data: a.rows.map((r) => (r[v] ? Number(r[v].value) : 0)),
    itemStyle: { color: CATEGORY_COLORS[i % CATEGORY_COLORS.length] },
  }));
  return { labels, series, title: null };
}

function byCount(a) {
  const col = a.bar.category;
  const vals = a.rows.map((r) => text(r[col])).filter((v) => v !== '');
  const labels = categoryOrder(vals);
  const colors = categoryColors(labels);
  const counts = labels.map((l) => vals.filter((v) => v === l).length);
  const series = [{
    name: t('count'),
    data: labels.map((l, i) => ({ value: counts[i], itemStyle: { color: colors.get(l) } })),
    itemStyle: { color: CATEGORY_COLORS[0] },
    entries: labels.map((l, i) => ({ label: l, color: colors.get(l), count: counts[i] })),
  }];
  return { labels, series, title: col };
}
