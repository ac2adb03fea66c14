// The editor page (/sparql): YASGUI on <div id="yasgui" data-endpoint data-examples
// data-vocabulary data-query>, on cydip's own endpoint, with cydip's prefixes, its
// own vocabulary for autocompletion (never prefix.cc or LOV), the canned queries as
// examples, tabs kept in the browser, permalinks, and the chart views on results.
import Yasgui from '@zazuko/yasgui';
import '@zazuko/yasgui/build/yasgui.min.css';
import './yasgui.css';
import { localAutocompleters, loadVocabulary, prefixLines } from './vocabulary.js';
import { registerViewPlugins } from './plugins.js';

const VIEWS_JS = __VIEWS_JS__;
const VIEWS_CSS = __VIEWS_CSS__;
const PAGE_PARAMS = new Set(['lang', 'example', 'view']);

function loadViews() {
  if (window.cydip && window.cydip.loadViews) return window.cydip.loadViews();
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = VIEWS_CSS;
  document.head.append(link);
  return import(VIEWS_JS);
}

async function start() {
  const el = document.getElementById('yasgui');
  if (!el) return;
  const endpoint = new URL(el.dataset.endpoint || '/cydip/sparql', window.location.href).href;
  const vocabularyUrl = el.dataset.vocabulary || '/api/vocabulary';
  const { Yasqe, Yasr } = Yasgui;
  // Every default names this server's endpoint (the libraries' defaults name DBpedia and Wikidata).
  Yasqe.defaults.requestConfig.endpoint = endpoint;
  Yasgui.defaults.requestConfig = { ...Yasgui.defaults.requestConfig, endpoint };
  Yasgui.defaults.endpointCatalogueOptions = { ...Yasgui.defaults.endpointCatalogueOptions, getData: () => [{ endpoint }] };
  localAutocompleters(Yasqe, vocabularyUrl);
  registerViewPlugins(Yasr, loadViews, vocabularyUrl);
  Yasr.defaults.pluginOrder = ['table', 'map', 'timeline', 'matrix', 'bar', 'response'];
  const vocabulary = await loadVocabulary(vocabularyUrl);
  const fallback = el.querySelector('#sparql-fallback textarea');
  Yasqe.defaults.value = fallback ? fallback.defaultValue : `${prefixLines(vocabulary)}\n\nSELECT * WHERE { ?s ?p ?o } LIMIT 10`;
  el.replaceChildren();
  const asked = askedQuery(el.dataset.query);
  const yasgui = new Yasgui(el, {
    autoAddOnInit: !asked,
    requestConfig: { endpoint, method: 'GET' },
    copyEndpointOnNewTab: true,
    persistenceId: 'cydip-editor',
    tabName: 'Query',
    populateFromUrl: (config) => {
      const args = config.requestConfig.args;
      if (Array.isArray(args)) config.requestConfig.args = args.filter((a) => !PAGE_PARAMS.has(a.name));
      return config;
    },
    yasqe: { resizeable: true, editorHeight: '320px' },
    yasr: { prefixes: vocabulary.prefixes || {} },
  });
  if (asked) openAsked(yasgui, asked);
  await examples(yasgui, el.dataset.examples);
  window.cydipEditor = yasgui;
  el.dataset.state = 'ready';
}

// /sparql?example=NAME: the server wrote the query's text into data-query. (A
// ?query=… YASGUI reads from the URL itself.)
function askedQuery(query) {
  const params = new URLSearchParams(window.location.search);
  return query && !params.has('query') && !window.location.hash ? query : null;
}

function openAsked(yasgui, query) {
  const name = new URLSearchParams(window.location.search).get('example') || 'Query';
  yasgui.addTab(true, { ...Yasgui.Tab.getDefaults(yasgui), yasqe: { value: query }, name }, { avoidDuplicateTabs: true });
}

// The canned queries, from /api/queries, as a list above the editor: each opens the query's text in a new tab.
async function examples(yasgui, url) {
  if (!url) return;
  const r = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!r.ok) return;
  const list = await r.json();
  const box = document.createElement('label');
  box.className = 'cydip-examples';
  box.textContent = 'Examples ';
  const select = document.createElement('select');
  select.id = 'cydip-example-select';
  select.append(new Option('—', ''));
  for (const q of list) select.append(new Option(q.summary || q.name, q.name));
  select.addEventListener('change', () => {
    if (!select.value) return;
    const u = new URL('/sparql', window.location.href);
    u.searchParams.set('example', select.value);
    const lang = new URLSearchParams(window.location.search).get('lang');
    if (lang) u.searchParams.set('lang', lang);
    window.location.assign(u.pathname + u.search);
  });
  box.append(select);
  yasgui.rootEl.before(box);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
