// The vote matrix: states by resolutions, each cell coloured by the state's
// choice, states ordered by region (when the result has a region column), by
// agreement with the majority of each resolution, or by name.
import { chart } from './charts.js';
import { frame, finished } from './map.js';
import { categoryOrder, categoryColors, NO_DATA } from './palette.js';
import { categoryLegend } from './legend.js';
import { iso3Of } from './states.js';
import { text } from './terms.js';
import { t } from './words.js';

export async function drawMatrix(el, a) {
  const m = cells(a);
  const order = categoryOrder(m.cells.map((c) => c.choice));
  const colors = categoryColors(order);
  const region = a.vars.find((v) => /region/i.test(v));
  const select = orderSelect(region, (how) => draw(how));
  el.append(select);
  const chartBox = frame(el, 'cydip-matrix-chart');
  el.append(categoryLegend(null, order.map((v) => ({ label: v, color: colors.get(v) })), t('noData')));

  let c;
  function draw(how) {
    const states = orderStates(m, how, region, a);
    chartBox.style.height = `${Math.max(240, states.length * 14 + 80)}px`;
    const idx = new Map(states.map((s, i) => [s.key, i]));
    const data = m.cells.map((x) => ({
      value: [m.columns.indexOf(x.column), idx.get(x.key), order.indexOf(x.choice)],
      itemStyle: { color: colors.get(x.choice) || NO_DATA, borderColor: '#fff', borderWidth: 1 },
      choice: x.choice,
    }));
    c = chart(chartBox, {
      tooltip: { formatter: (p) => `${escape(states[p.value[1]].label)} · ${escape(m.columns[p.value[0]])}: ${escape(p.data.choice)}` },
      grid: { left: 150, right: 16, top: 64, bottom: 16 },
      xAxis: { type: 'category', position: 'top', data: m.columns, axisLabel: { rotate: m.columns.length > 6 ? 45 : 0, interval: 0 } },
      yAxis: { type: 'category', inverse: true, data: states.map((s) => s.label), axisLabel: { interval: 0, fontSize: 11 } },
      series: [{ type: 'heatmap', data }],
    });
    el.dataset.states = String(states.length);
    el.dataset.order = how;
    return c;
  }
  await finished(draw(region ? 'region' : 'agreement'));
  return c;
}

/** The cells of the matrix: one per state and resolution (the first row wins). */
function cells(a) {
  const labelOf = (row, iso3) => (a.label && row[a.label] ? text(row[a.label]) : iso3);
  const out = [];
  const seen = new Set();
  const columns = [];
  const states = new Map();
  const add = (row, column, choice) => {
    const iso3 = iso3Of(row, a.state);
    const key = iso3 || text(row[a.state]);
    if (!choice || seen.has(key + '\u0000' + column)) return;
    seen.add(key + '\u0000' + column);
    if (!columns.includes(column)) columns.push(column);
    if (!states.has(key)) states.set(key, { key, label: labelOf(row, key), row });
    out.push({ key, column, choice });
  };
  for (const row of a.rows) {
    if (a.matrix.form === 'long') add(row, text(row[a.matrix.resolution]), text(row[a.matrix.choice]));
    else for (const col of a.matrix.columns) add(row, col, text(row[col]));
  }
  return { cells: out, columns, states };
}

function orderStates(m, how, region, a) {
  const states = [...m.states.values()];
  const byName = (x, y) => x.label.localeCompare(y.label);
  if (how === 'region' && region) {
    const r = (s) => text(s.row[region]);
    return states.sort((x, y) => r(x).localeCompare(r(y)) || byName(x, y));
  }
  if (how === 'name') return states.sort(byName);
  const majority = new Map();
  for (const col of m.columns) {
    const tally = new Map();
    for (const c of m.cells) if (c.column === col) tally.set(c.choice, (tally.get(c.choice) || 0) + 1);
    majority.set(col, [...tally.entries()].sort((p, q) => q[1] - p[1])[0][0]);
  }
  const score = new Map(states.map((s) => [s.key, 0]));
  for (const c of m.cells) if (majority.get(c.column) === c.choice) score.set(c.key, score.get(c.key) + 1);
  return states.sort((x, y) => score.get(y.key) - score.get(x.key) || byName(x, y));
}

function orderSelect(region, onChange) {
  const label = document.createElement('label');
  label.className = 'cydip-order';
  label.textContent = `${t('orderBy')} `;
  const select = document.createElement('select');
  const options = [['agreement', t('byAgreement')], ['name', t('byName')]];
  if (region) options.unshift(['region', t('byRegion')]);
  for (const [value, text] of options) select.append(new Option(text, value));
  select.addEventListener('change', () => onChange(select.value));
  label.append(select);
  return label;
}

function escape(s) {
  return String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
