// Fetching SPARQL JSON results, with the server's error message when there is one.
export async function fetchResults(url) {
  const r = await fetch(url, { headers: { Accept: 'application/sparql-results+json' } });
  if (!r.ok) {
    let message = `HTTP ${r.status}`;
    try {
      const body = await r.json();
      if (body.error) message = body.error;
    } catch (e) { /* not JSON: keep the status */ }
    throw new Error(`${url}: ${message}`);
  }
  return r.json();
}
