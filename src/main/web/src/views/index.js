// The views chunk (views-HASH.js): loaded by cydip.js on pages with a component,
// and by yasgui.js for the editor's result plugins.
import './views.css';
import { analyse } from './columns.js';
import { fetchResults } from './fetch.js';
import { mountResults } from './results.js';
import { drawView, clear } from './draw.js';
import { t } from './words.js';
import { drawn } from './marks.js';

export { analyse, drawView, clear };

/** Mounts the component {@code el} (.cydip-results, .cydip-map or .cydip-timeline). */
export async function mount(el) {
  try {
    if (el.classList.contains('cydip-results')) await mountResults(el);
    else await mountChart(el, el.classList.contains('cydip-map') ? 'map' : 'timeline');
  } catch (e) {
    el.dataset.state = 'error';
    const p = document.createElement('p');
    p.className = 'cydip-error';
    p.setAttribute('role', 'alert');
    p.textContent = `${t('failed')}: ${e.message}`;
    el.append(p);
    throw e;
  }
}

// A map or timeline over a server-rendered page: the chart only (the page has the table).
async function mountChart(el, view) {
  el.dataset.state = 'loading';
  const result = await fetchResults(el.dataset.source);
  const a = analyse(result, { color: el.dataset.color, date: el.dataset.date });
  if (!a.views.includes(view)) {
    el.dataset.state = 'ready';
    el.dataset.skipped = view;
    return;
  }
  clear(el);
  await drawView(view, el, a, { vocabulary: el.dataset.vocabulary });
  el.dataset.state = 'ready';
  drawn(el, view);
}
