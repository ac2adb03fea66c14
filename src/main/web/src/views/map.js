// The world map: a choropleth of the result's states on the 1:110m world atlas
// (ids are UN M49 codes; shapes made at build time, tools/world.mjs), with dots
// for states too small for it, coloured by a
// category column (vote, status, stance, camp...) or a number, with a legend; a
// hover shows the row, a click opens the state's page.
import worldUrl from 'cydip:world';
import { chart, echarts } from './charts.js';
import { categoryOrder, categoryColors, rampColor, CATEGORY_COLORS, NO_DATA, BORDER } from './palette.js';
import { categoryLegend, rampLegend } from './legend.js';
import { m49Table, iso3Of, statePath } from './states.js';
import { text, href, escapeHtml, isNumber } from './terms.js';
import { t } from './words.js';

const MAP = 'cydip-world';
let loaded;

/** Registers the shapes with ECharts once; resolves to {shapes: M49 codes with a shape, dots}. */
function world() {
  if (!loaded) {
    loaded = fetch(worldUrl).then((r) => {
      if (!r.ok) throw new Error(`${worldUrl}: HTTP ${r.status}`);
      return r.json();
    }).then((geo) => {
      echarts.registerMap(MAP, { type: 'FeatureCollection', features: geo.features });
      return { shapes: new Set(geo.features.map((f) => f.properties.name)), dots: geo.dots };
    });
  }
  return loaded;
}

/** Draws the map of analysis {@code a} into {@code el}; resolves when it is drawn. */
export async function drawMap(el, a, opts = {}) {
  const [{ shapes, dots }, m49] = await Promise.all([world(), m49Table(opts.vocabulary)]);
  const byCode = new Map();
  const unmatched = [];
  for (const row of a.rows) {
    const iso3 = iso3Of(row, a.state);
    if (!iso3) continue;
    const code = m49.get(iso3);
    if (!code || (!shapes.has(code) && !dots[code])) {
      if (!unmatched.includes(iso3)) unmatched.push(iso3);
      continue;
    }
    if (!byCode.has(code)) byCode.set(code, { row, iso3 });
  }
  const paint = painter(a, [...byCode.values()].map((s) => s.row));
  const regionStyles = [];
  const dotData = [];
  for (const [code, s] of byCode) {
    const color = paint.color(s.row);
    if (shapes.has(code)) regionStyles.push({ name: code, itemStyle: { areaColor: color }, emphasis: { itemStyle: { areaColor: color } } });
    else dotData.push({ name: code, value: dots[code].at, itemStyle: { color, borderColor: '#000', borderWidth: 0.6 } });
  }
  const box = frame(el, 'cydip-map-chart');
  const c = chart(box, {
    tooltip: { trigger: 'item', confine: true },
    geo: {
      map: MAP,
      roam: true,
      zoom: 1.15,
      top: 10, bottom: 10,
      aspectScale: 1,
      itemStyle: { areaColor: NO_DATA, borderColor: BORDER, borderWidth: 0.4 },
      emphasis: { label: { show: false }, itemStyle: { areaColor: '#bdbdbd' } },
      select: { disabled: true },
      tooltip: { show: true, formatter: (p) => tooltip(byCode.get(p.name), a) },
      regions: regionStyles,
    },
    series: [{ type: 'scatter', coordinateSystem: 'geo', symbolSize: 7, data: dotData,
      tooltip: { formatter: (p) => tooltip(byCode.get(p.name), a) } }],
  });
  c.on('click', (p) => {
    const s = byCode.get(p.name);
    if (s) window.location.assign(href(statePath(s.row, a, s.iso3)));
  });
  el.append(paint.legend(t('noData')));
  if (unmatched.length) el.append(note(`${t('notOnMap')}: ${unmatched.join(', ')}`));
  el.dataset.colored = String(byCode.size);
  el.dataset.unmatched = unmatched.join(' ');
  await finished(c);
  return c;
}

/** How rows are coloured: by category, by number, or all alike. */
function painter(a, rows) {
  const col = a.color;
  if (col && rows.length && rows.every((r) => !r[col] || isNumber(r[col]))) {
    const nums = rows.map((r) => (r[col] ? Number(r[col].value) : NaN)).filter((n) => !Number.isNaN(n));
    const min = Math.min(...nums), max = Math.max(...nums);
    return {
      color: (r) => (r[col] ? rampColor(Number(r[col].value), min, max) : NO_DATA),
      legend: () => rampLegend(col, min, max),
    };
  }
  if (col) {
    const vals = rows.map((r) => text(r[col]));
    const order = categoryOrder(vals);
    const colors = categoryColors(order);
    const counts = new Map();
    for (const v of vals) counts.set(v, (counts.get(v) || 0) + 1);
    return {
      color: (r) => colors.get(text(r[col])) || NO_DATA,
      legend: (noData) => categoryLegend(col, order.map((v) => ({ label: v, color: colors.get(v), count: counts.get(v) })), noData),
    };
  }
  return {
    color: () => CATEGORY_COLORS[0],
    legend: (noData) => categoryLegend(null, [{ label: t('inResult'), color: CATEGORY_COLORS[0], count: rows.length }], noData),
  };
}

function tooltip(s, a) {
  if (!s) return '';
  const lines = a.vars.filter((v) => s.row[v] && v !== a.state).slice(0, 8)
    .map((v) => `<tr><th scope="row">${escapeHtml(v)}</th><td${lang(s.row[v])}>${escapeHtml(text(s.row[v]))}</td></tr>`);
  return `<table class="cydip-tip"><caption>${escapeHtml(s.iso3)}</caption>${lines.join('')}</table>`;
}

function lang(term) {
  const l = term['xml:lang'];
  return l ? ` lang="${escapeHtml(l)}" dir="auto"` : '';
}

export function frame(el, cls) {
  const box = document.createElement('div');
  box.className = `cydip-chart ${cls}`;
  el.append(box);
  return box;
}

function note(s) {
  const p = document.createElement('p');
  p.className = 'cydip-note';
  p.textContent = s;
  return p;
}

/** Resolves once ECharts has drawn (its "finished" event). */
export function finished(c) {
  return c.cydipFinished;
}
