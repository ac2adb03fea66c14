// What a result's columns hold, and so which views fit it. Pure functions of the
// SPARQL JSON result ({head:{vars}, results:{bindings}}); shared by the gallery
// components and the editor's result plugins.
import { STATE_IRI, isDate, isNumber, text } from './terms.js';

export const VIEW_NAMES = ['table', 'map', 'timeline', 'matrix', 'bar'];

// Columns that colour a map or split a chart, best first (by name).
const COLOR_NAMES = ['vote', 'choice', 'status', 'stance', 'answer', 'camp', 'typeName', 'type', 'act', 'side', 'role', 'signal', 'kind', 'outcome'];
const DATE_NAMES = ['date', 'actDate', 'consentDate', 'joined', 'created', 'signature', 'entryIntoForce', 'voteDate', 'disputeDate', 'start'];
const MAX_CATEGORIES = 12;

/** The analysis of a result: per column its kind, plus the columns each view uses. */
export function analyse(result, hints = {}) {
  const vars = result.head.vars;
  const rows = result.results ? result.results.bindings : [];
  const cols = {};
  for (const v of vars) cols[v] = kindOf(v, rows);
  const state = stateColumn(vars, cols, rows);
  const a = { vars, rows, cols, state, label: labelColumn(vars, state) };
  a.color = pick(hints.color, vars, cols, COLOR_NAMES, (k) => k === 'category') || firstNumber(vars, cols, state);
  a.date = pick(hints.date, vars, cols, DATE_NAMES, (k) => k === 'date');
  a.matrix = matrixColumns(vars, cols, a);
  a.bar = barColumns(vars, cols, a);
  a.views = VIEW_NAMES.filter((view) => fits(view, a));
  return a;
}

/** The view to show first: the one asked for if it fits, else the first chart that fits, else the table. */
export function firstView(a, asked) {
  if (asked && a.views.includes(asked)) return asked;
  return a.views.find((v) => v !== 'table') || 'table';
}

function fits(view, a) {
  if (view === 'table') return true;
  if (!a.rows.length) return false;
  if (view === 'map') return !!a.state;
  if (view === 'timeline') return !!a.date && new Set(a.rows.filter((r) => isDate(r[a.date])).map((r) => r[a.date].value)).size >= 2;
  if (view === 'matrix') return !!a.matrix;
  if (view === 'bar') return !!a.bar;
  return false;
}

function kindOf(v, rows) {
  let n = 0, uri = 0, num = 0, date = 0, state = 0, iso = 0;
  const distinct = new Set();
  for (const r of rows) {
    const t = r[v];
    if (!t) continue;
    n++;
    distinct.add(t.value);
    if (t.type === 'uri') uri++;
    if (t.type === 'uri' && STATE_IRI.test(t.value)) state++;
    if (isNumber(t)) num++;
    if (isDate(t)) date++;
    if (t.type !== 'uri' && /^[A-Z]{3}$/.test(t.value)) iso++;
  }
  if (!n) return 'empty';
  if (state === n) return 'state';
  if (v.toLowerCase() === 'iso3' && iso === n) return 'iso3';
  if (num === n) return 'number';
  if (date === n) return 'date';
  if (distinct.size <= MAX_CATEGORIES && distinct.size < n) return 'category';
  return uri === n ? 'iri' : 'text';
}

function stateColumn(vars, cols) {
  return vars.find((v) => cols[v] === 'iso3') || vars.find((v) => cols[v] === 'state') || null;
}

function labelColumn(vars, state) {
  if (!state) return null;
  if (vars.includes('label')) return 'label';
  const own = vars.find((v) => v === state + 'Label');
  return own || null;
}

function pick(hint, vars, cols, names, ok) {
  if (hint && vars.includes(hint)) return hint;
  for (const name of names) if (vars.includes(name) && ok(cols[name])) return name;
  return vars.find((v) => ok(cols[v])) || null;
}

function firstNumber(vars, cols, state) {
  return state ? vars.find((v) => cols[v] === 'number') || null : null;
}

// A vote matrix: states by resolutions. Long form: a state, a resolution-like
// column and a vote-like column; wide form: two or more vote columns.
function matrixColumns(vars, cols, a) {
  if (!a.state) return null;
  const choice = vars.find((v) => /vote|choice/i.test(v) && cols[v] === 'category');
  const resolution = vars.find((v) => /resolution|symbol/i.test(v) && v !== choice && ['category', 'iri', 'text'].includes(cols[v]));
  if (choice && resolution && distinctCount(a.rows, resolution) >= 2) return { form: 'long', resolution, choice };
  const wide = vars.filter((v) => /^vote/i.test(v) && cols[v] === 'category');
  return wide.length >= 2 ? { form: 'wide', columns: wide } : null;
}

// A bar chart: a category or label column with numbers (one series per number
// column), or a category column alone (rows counted per category).
function barColumns(vars, cols, a) {
  const numbers = vars.filter((v) => cols[v] === 'number');
  const key = vars.find((v) => ['text', 'category', 'iri'].includes(cols[v]) && !numbers.includes(v) && distinctCount(a.rows, v) === a.rows.length);
  if (numbers.length && key && a.rows.length <= 60 && !a.state) return { key, numbers };
  const category = a.color && cols[a.color] === 'category' ? a.color : vars.find((v) => cols[v] === 'category');
  return category ? { category } : null;
}

function distinctCount(rows, v) {
  return new Set(rows.map((r) => (r[v] ? r[v].value : ''))).size;
}

/** The text of column {@code v} in each row (empty where unbound). */
export function values(rows, v) {
  return rows.map((r) => text(r[v]));
}
