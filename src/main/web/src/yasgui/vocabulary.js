// cydip's own vocabulary (GET /api/vocabulary: prefixes, classes, properties) for
// the editor's prefixes and autocompletion, instead of prefix.cc and LOV.
let vocabulary = null;

export function loadVocabulary(url) {
  if (!vocabulary) {
    vocabulary = fetch(url, { headers: { Accept: 'application/json' } }).then((r) => {
      if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
      return r.json();
    });
  }
  return vocabulary;
}

/** PREFIX lines for every prefix the vocabulary lists. */
export function prefixLines(v) {
  return Object.entries(v.prefixes || {}).map(([p, iri]) => `PREFIX ${p}: <${iri}>`).join('\n');
}

/**
 * Replaces YASQE's autocompleters (prefix.cc for prefixes, Linked Open
 * Vocabularies for classes and properties) with ones that read {@code url} only.
 */
export function localAutocompleters(Yasqe, url) {
  const fork = (base, name, get) => Yasqe.forkAutocompleter(base, { name, get, bulk: true, persistenceId: null }, false);
  fork('prefixes', 'cydip-prefixes', () => loadVocabulary(url).then((v) => Object.entries(v.prefixes || {}).map(([p, iri]) => `${p}: <${iri}>`).sort()));
  fork('class', 'cydip-classes', () => loadVocabulary(url).then((v) => (v.classes || []).map((c) => c.iri)));
  fork('property', 'cydip-properties', () => loadVocabulary(url).then((v) => (v.properties || []).map((p) => p.iri)));
  Yasqe.defaults.autocompleters = ['variables', 'cydip-prefixes', 'cydip-classes', 'cydip-properties'];
  Yasqe.defaults.prefixCcApi = null;
}
