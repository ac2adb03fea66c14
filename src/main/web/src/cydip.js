// Every page's script (a classic script, loaded with defer): finds the components,
// adds search suggestions, and loads the views chunk only when a page has a
// results table, a map or a timeline.
import { initSearch } from './search.js';

const VIEWS_JS = __VIEWS_JS__;
const VIEWS_CSS = __VIEWS_CSS__;
let views = null;

/** The views module (views-HASH.js), with its stylesheet; loaded once. */
function loadViews() {
  if (!views) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = VIEWS_CSS;
    document.head.append(link);
    views = import(VIEWS_JS);
  }
  return views;
}

function start() {
  document.querySelectorAll('input.cydip-search[data-source]').forEach(initSearch);
  const components = document.querySelectorAll('.cydip-results[data-source], .cydip-map[data-source], .cydip-timeline[data-source]');
  if (components.length) loadViews().then((v) => Promise.all([...components].map((el) => v.mount(el))));
}

window.cydip = { loadViews };
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
