// Matching result rows to the atlas: a row's ISO3 (its iso3 column, or the last
// segment of a .../id/state/XXX IRI) → UN M49, from /api/vocabulary's "states".
import { STATE_IRI } from './terms.js';

const tables = new Map();

/** ISO3 → M49 (three digits), from the vocabulary at {@code url}; fetched once per URL. */
export function m49Table(url = '/api/vocabulary') {
  if (!tables.has(url)) {
    tables.set(url, fetch(url, { headers: { Accept: 'application/json' } })
      .then((r) => {
        if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
        return r.json();
      })
      .then((v) => {
        const m = new Map();
        for (const [iso3, code] of Object.entries(v.states || {})) m.set(iso3, String(code).padStart(3, '0'));
        return m;
      }));
  }
  return tables.get(url);
}

/** The ISO3 code of a row's state column, or null. */
export function iso3Of(row, column) {
  const t = row[column];
  if (!t) return null;
  if (t.type === 'uri') {
    const m = STATE_IRI.exec(t.value);
    return m ? m[1] : null;
  }
  return /^[A-Z]{3}$/.test(t.value) ? t.value : null;
}

/** The state's page on this server. */
export function statePath(row, a, iso3) {
  const t = a.state && row[a.state];
  const iri = t && t.type === 'uri' ? t.value : `https://w3id.org/cydip/id/state/${iso3}`;
  return iri;
}
