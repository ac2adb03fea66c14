// SPARQL JSON result terms: their text, language, kind and where they link to.
const XSD = 'http://www.w3.org/2001/XMLSchema#';
const NUMERIC = new Set(['integer', 'decimal', 'double', 'float', 'int', 'long', 'short', 'nonNegativeInteger', 'positiveInteger', 'nonPositiveInteger', 'negativeInteger', 'unsignedInt', 'unsignedLong']);
const DATES = new Set(['date', 'dateTime', 'gYear', 'gYearMonth', 'dateTimeStamp']);
const CYDIP = 'https://w3id.org/cydip/';

export const STATE_IRI = /^https:\/\/w3id\.org\/cydip\/id\/state\/([A-Z]{3})$/;

export function isNumber(term) {
  return term && term.type !== 'uri' && term.datatype && term.datatype.startsWith(XSD) && NUMERIC.has(term.datatype.slice(XSD.length));
}

export function isDate(term) {
  if (!term || term.type === 'uri') return false;
  if (term.datatype && term.datatype.startsWith(XSD)) return DATES.has(term.datatype.slice(XSD.length));
  return /^\d{4}(-\d{2}(-\d{2})?)?$/.test(term.value);
}

export function isBoolean(term) {
  return term && term.datatype === XSD + 'boolean';
}

/** The year, month (1-12 or null) and day of a date term, or null. */
export function dateParts(term) {
  const m = /^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(term ? term.value : '');
  return m ? { year: +m[1], month: m[2] ? +m[2] : null, day: m[3] ? +m[3] : null } : null;
}

/** An IRI's path on this server when it is one of cydip's, else the IRI itself. */
export function href(iri) {
  if (!iri.startsWith(CYDIP)) return iri;
  const path = iri.slice(CYDIP.length - 1);
  const lang = document.documentElement.lang;
  return lang && lang !== 'en' && !path.includes('#') ? `${path}?lang=${encodeURIComponent(lang)}` : path;
}

/** Short text for an IRI: a prefixed name or the last segment. */
export function shortIri(iri) {
  const m = /[#/]([^#/]+)$/.exec(iri);
  return m ? decodeURIComponent(m[1]) : iri;
}

/** The text a term shows (an IRI's label when the row has one, see columns.js). */
export function text(term) {
  if (!term) return '';
  return term.type === 'uri' ? shortIri(term.value) : term.value;
}

/** A DOM node for a cell: a link for an IRI, a span with its language for a tagged literal. */
export function cellNode(term, label) {
  if (!term) return document.createTextNode('');
  if (term.type === 'uri') {
    const a = document.createElement('a');
    a.href = href(term.value);
    setText(a, label || { value: shortIri(term.value) });
    a.title = term.value;
    return a;
  }
  if (/^https?:\/\/\S+( https?:\/\/\S+)*$/.test(term.value) && !term['xml:lang']) return links(term.value.split(' '));
  const span = document.createElement('span');
  setText(span, term);
  return span;
}

// A literal that lists IRIs (a GROUP_CONCAT of sources): one link each.
function links(iris) {
  const span = document.createElement('span');
  iris.forEach((iri, i) => {
    if (i) span.append(' ');
    const a = document.createElement('a');
    a.href = href(iri);
    a.title = iri;
    a.textContent = shortIri(iri);
    span.append(a);
  });
  return span;
}

/** Sets an element's text and, for a language-tagged literal, its lang (and dir="auto"). */
export function setText(el, term) {
  el.textContent = term.value;
  const lang = term['xml:lang'];
  if (lang) {
    el.lang = lang;
    el.dir = 'auto';
  }
}

export function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}
