// The timeline: rows over time (by year, or by month over a short span), stacked
// by a category column when there is one, with the cumulative count on a second
// axis (e.g. the Budapest Convention's parties by year and in all).
import { chart } from './charts.js';
import { frame, finished } from './map.js';
import { categoryOrder, categoryColors, CATEGORY_COLORS } from './palette.js';
import { categoryLegend } from './legend.js';
import { dateParts, isDate, text } from './terms.js';
import { t } from './words.js';

export async function drawTimeline(el, a) {
  const dated = a.rows.filter((r) => isDate(r[a.date])).map((r) => ({ row: r, d: dateParts(r[a.date]) }));
  const years = dated.map((x) => x.d.year);
  const lo = Math.min(...years), hi = Math.max(...years);
  const monthly = hi - lo < 3 && dated.every((x) => x.d.month);
  const key = (d) => (monthly ? `${d.year}-${String(d.month).padStart(2, '0')}` : String(d.year));
  const buckets = monthly ? months(dated.map((x) => x.d)) : range(lo, hi).map(String);
  const split = a.color && a.cols[a.color] === 'category' ? a.color : null;
  const order = split ? categoryOrder(dated.map((x) => text(x.row[split]))) : [t('perPeriod')];
  const colors = split ? categoryColors(order) : new Map([[order[0], CATEGORY_COLORS[0]]]);
  const counts = new Map(order.map((c) => [c, new Map(buckets.map((b) => [b, 0]))]));
  for (const x of dated) {
    const c = split ? text(x.row[split]) : order[0];
    const m = counts.get(c);
    if (m) m.set(key(x.d), m.get(key(x.d)) + 1);
  }
  let sum = 0;
  const cumulative = buckets.map((b) => (sum += order.reduce((s, c) => s + counts.get(c).get(b), 0)));
  const series = order.map((c) => ({
    name: c, type: 'bar', stack: 'n', data: buckets.map((b) => counts.get(c).get(b)),
    itemStyle: { color: colors.get(c), borderColor: '#fff', borderWidth: 0.5 },
  }));
  series.push({ name: t('cumulative'), type: 'line', yAxisIndex: 1, data: cumulative, symbol: 'circle', symbolSize: 5,
    lineStyle: { color: '#000', width: 2, type: 'dashed' }, itemStyle: { color: '#000' } });
  const box = frame(el, 'cydip-timeline-chart');
  const c = chart(box, {
    tooltip: { trigger: 'axis' },
    grid: { left: 48, right: 56, top: 24, bottom: 56 },
    xAxis: { type: 'category', data: buckets, name: a.date, nameLocation: 'middle', nameGap: 32, axisLabel: { hideOverlap: true } },
    yAxis: [{ type: 'value', name: t('count'), minInterval: 1 }, { type: 'value', name: t('cumulative'), minInterval: 1 }],
    series,
  });
  const entries = order.map((cat) => ({ label: cat, color: colors.get(cat), count: [...counts.get(cat).values()].reduce((s, n) => s + n, 0) }));
  entries.push({ label: t('cumulative'), color: '#000' });
  el.append(categoryLegend(split, entries));
  const undated = a.rows.length - dated.length;
  if (undated) {
    const p = document.createElement('p');
    p.className = 'cydip-note';
    p.textContent = `${undated} ${t('withoutDate')}`;
    el.append(p);
  }
  el.dataset.dated = String(dated.length);
  await finished(c);
  return c;
}

function range(lo, hi) {
  const out = [];
  for (let y = lo; y <= hi; y++) out.push(y);
  return out;
}

function months(ds) {
  const keys = ds.map((d) => d.year * 12 + d.month - 1);
  const out = [];
  for (let k = Math.min(...keys); k <= Math.max(...keys); k++) out.push(`${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`);
  return out;
}
