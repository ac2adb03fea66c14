// Oxigraph in this Node process for bench/portability-check.sh: loads an N-Quads
// dump into an in-memory oxigraph.Store and answers SPARQL 1.1 protocol queries
// (GET ?query=, or POST as a form or an application/sparql-query body) on
// 127.0.0.1, on a free port that it prints as "listening PORT". The named graphs
// given as default-graph-uri / named-graph-uri form the dataset (their RDF merge is
// the default graph); without them the default graph is the union of all graphs.
//
//   node serve.mjs DUMP.nq
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import oxigraph from 'oxigraph';

const dump = process.argv[2];
if (!dump) {
  console.error('usage: node serve.mjs DUMP.nq');
  process.exit(2);
}
const store = new oxigraph.Store();
store.load(readFileSync(dump), { format: 'application/n-quads' });

function options(params) {
  const defaults = params.getAll('default-graph-uri'), named = params.getAll('named-graph-uri');
  const opts = { results_format: 'application/sparql-results+json' };
  if (defaults.length === 0 && named.length === 0)
    opts.use_default_graph_as_union = true;
  else {
    opts.default_graph = defaults.map(g => oxigraph.namedNode(g));
    opts.named_graphs = named.map(g => oxigraph.namedNode(g));
  }
  return opts;
}

function answer(text, params) {
  const opts = options(params);
  // CONSTRUCT and DESCRIBE answer as N-Triples; SELECT and ASK as SPARQL JSON results.
  if (/^\s*(CONSTRUCT|DESCRIBE)\b/im.test(text.replace(/^\s*(PREFIX|BASE)\s[^\n]*$/gim, '')))
    opts.results_format = 'application/n-triples';
  return { type: opts.results_format, body: store.query(text, opts) };
}

function body(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', c => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url, 'http://127.0.0.1');
    let params = url.searchParams, text = params.get('query');
    if (req.method === 'POST') {
      const raw = await body(req);
      if ((req.headers['content-type'] || '').startsWith('application/sparql-query'))
        text = raw;
      else {
        params = new URLSearchParams(raw);
        url.searchParams.forEach((v, k) => params.append(k, v));
        text = params.get('query');
      }
    }
    if (url.pathname !== '/sparql' || !text) {
      res.writeHead(400, { 'Content-Type': 'text/plain' }).end('a SPARQL query at /sparql, please');
      return;
    }
    const { type, body: out } = answer(text, params);
    res.writeHead(200, { 'Content-Type': type + '; charset=utf-8' }).end(out);
  } catch (e) {
    res.writeHead(400, { 'Content-Type': 'text/plain' }).end(String(e));
  }
});
server.listen(0, '127.0.0.1', () => console.log('listening ' + server.address().port));
