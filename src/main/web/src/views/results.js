// <div class="cydip-results" data-source="/api/queries/NAME?k=v" data-view="auto|table|map|..."
//      data-downloads="/api/queries/NAME?k=v">: fetches SPARQL JSON from data-source,
// offers the views that fit the columns, shows the chosen one above the table, links
// the downloads of the whole result, and keeps the chosen view in the URL (view=).
import { analyse, firstView } from './columns.js';
import { fetchResults } from './fetch.js';
import { drawView, clear } from './draw.js';
import { t } from './words.js';
import { drawn } from './marks.js';

const FORMATS = ['csv', 'tsv', 'json', 'xml'];

export async function mountResults(el) {
  el.dataset.state = 'loading';
  const result = await fetchResults(el.dataset.source);
  const a = analyse(result, { color: el.dataset.color, date: el.dataset.date });
  const asked = new URLSearchParams(window.location.search).get('view') || el.dataset.view;
  let current = firstView(a, asked === 'auto' ? null : asked);
  el.replaceChildren();
  const bar = toolbar(a, el, (view) => show(view));
  const stage = document.createElement('div');
  stage.className = 'cydip-stage';
  const tableBox = document.createElement('div');
  tableBox.className = 'cydip-table-box';
  el.append(bar, stage, tableBox);
  el.dataset.rows = String(a.rows.length);
  el.dataset.views = a.views.join(' ');
  const { drawTable } = await import('./table.js');
  await drawTable(tableBox, a);
  await show(current, true);

  async function show(view, first) {
    current = view;
    el.dataset.state = 'loading';
    el.dataset.currentView = view;
    for (const b of bar.querySelectorAll('[role=tab]')) {
      const on = b.dataset.view === view;
      b.setAttribute('aria-selected', String(on));
      b.tabIndex = on ? 0 : -1;
    }
    clear(stage);
    stage.hidden = view === 'table';
    if (view !== 'table') await drawView(view, stage, a, { vocabulary: el.dataset.vocabulary });
    if (!first || asked) remember(view);
    el.dataset.state = 'ready';
    drawn(el, view);
  }
}

function toolbar(a, el, onSelect) {
  const bar = document.createElement('div');
  bar.className = 'cydip-toolbar';
  const tabs = document.createElement('div');
  tabs.setAttribute('role', 'tablist');
  tabs.setAttribute('aria-label', t('views'));
  tabs.className = 'cydip-views';
  for (const view of a.views) {
    const b = document.createElement('button');
    b.type = 'button';
    b.setAttribute('role', 'tab');
    b.dataset.view = view;
    b.textContent = t(view);
    b.addEventListener('click', () => onSelect(view));
    tabs.append(b);
  }
  tabs.addEventListener('keydown', (e) => {
    const buttons = [...tabs.querySelectorAll('[role=tab]')];
    const i = buttons.indexOf(document.activeElement);
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[e.key];
    if (i < 0 || !step) return;
    const dir = document.documentElement.dir === 'rtl' && e.key.startsWith('Arrow') && (e.key === 'ArrowLeft' || e.key === 'ArrowRight') ? -step : step;
    const next = buttons[(i + dir + buttons.length) % buttons.length];
    next.focus();
    next.click();
    e.preventDefault();
  });
  bar.append(tabs);
  if (el.dataset.downloads && !hasServerDownloads(el)) bar.append(downloads(el.dataset.downloads));
  return bar;
}

// The query page renders its own download links (a.download[data-format]); do not repeat them.
function hasServerDownloads(el) {
  return [...document.querySelectorAll('a.download[data-format]')].some((x) => !el.contains(x));
}

function downloads(url) {
  const p = document.createElement('p');
  p.className = 'cydip-downloads';
  p.append(`${t('download')}: `);
  for (const f of FORMATS) {
    const a = document.createElement('a');
    a.href = url + (url.includes('?') ? '&' : '?') + 'format=' + f;
    a.className = 'download';
    a.dataset.format = f;
    a.textContent = f.toUpperCase();
    p.append(a, ' ');
  }
  return p;
}

/** The chosen view goes into the page URL, the page's forms and its permalink, so a link reproduces it. */
function remember(view) {
  const url = new URL(window.location.href);
  url.searchParams.set('view', view);
  window.history.replaceState(window.history.state, '', url);
  for (const input of document.querySelectorAll('form input[type=hidden][name=view]')) input.value = view;
  for (const link of document.querySelectorAll('a#permalink, a.permalink')) {
    const u = new URL(link.href, window.location.href);
    u.searchParams.set('view', view);
    link.href = u.pathname + u.search + u.hash;
  }
}
