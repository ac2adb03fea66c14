// Builds the workbench's front-end into ../resources/web/assets/ (committed, so the
// jar and `./cydip serve` need no npm). Run through build.sh, which installs the
// exact versions of package-lock.json first.
//
//   cydip.js, cydip.css            every page: components, search suggestions (small)
//   views-HASH.js, views-HASH.css  tables, maps, timelines, matrices, bars: loaded by
//                                  cydip.js and yasgui.js only where a page has results
//   world-HASH.json                the map's shapes (from world-atlas), fetched when a map is drawn
//   yasgui.js, yasgui.css          the editor page
//   api-reference.js, .css         the API reference page (Swagger UI)
import * as esbuild from 'esbuild';
import { mkdirSync, readdirSync, rmSync, writeFileSync, readFileSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { world } from './tools/world.mjs';
import { thirdParty, packagesOf, regionsOf } from './tools/third-party.mjs';

const require = createRequire(import.meta.url);
const out = new URL('../resources/web/assets/', import.meta.url).pathname;
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const common = {
  bundle: true,
  minify: true,
  legalComments: 'none',
  target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
  logLevel: 'warning',
  charset: 'utf8',
};

// 1. The views chunk, an ES module with a content-hashed name.
const views = await esbuild.build({
  ...common,
  entryPoints: { views: 'src/views/index.js' },
  format: 'esm',
  splitting: true,
  outdir: out,
  entryNames: '[name]-[hash]',
  chunkNames: '[name]-[hash]',
  assetNames: '[name]-[hash]',
  loader: { '.json': 'json' },
  publicPath: '/assets/',
  external: ['/assets/*'],
  plugins: [worldAsFile()],
  metafile: true,
});
const viewsJs = Object.keys(views.metafile.outputs).map((f) => basename(f)).find((f) => /^views-.*\.js$/.test(f));
const viewsCss = Object.keys(views.metafile.outputs).map((f) => basename(f)).find((f) => /^views-.*\.css$/.test(f));
const define = {
  __VIEWS_JS__: JSON.stringify('/assets/' + viewsJs),
  __VIEWS_CSS__: JSON.stringify('/assets/' + viewsCss),
};

// 2. The page scripts: classic scripts (the templates load them with `defer`).
const pages = await esbuild.build({
  ...common,
  entryPoints: {
    cydip: 'src/cydip.js',
    yasgui: 'src/yasgui/index.js',
    'api-reference': 'src/api-reference.js',
  },
  format: 'iife',
  outdir: out,
  define,
  external: ['/assets/*'],
  metafile: true,
  loader: { '.woff': 'dataurl', '.woff2': 'dataurl', '.svg': 'dataurl', '.png': 'dataurl' },
});

// 3. The stylesheet of every page.
await esbuild.build({ ...common, entryPoints: { cydip: 'src/cydip.css' }, outdir: out });

// 4. Swagger UI ships prebuilt; its stylesheet is copied as it is.
copyFileSync(require.resolve('swagger-ui-dist/swagger-ui.css'), join(out, 'api-reference.css'));

const used = new Map();
const note = (names, file) => { for (const n of names) (used.get(n) || used.set(n, new Set()).get(n)).add(file); };
note(packagesOf(views.metafile), viewsJs);
for (const [file, o] of Object.entries(pages.metafile.outputs)) note(packagesOf({ inputs: o.inputs }), basename(file));
const worldJson = Object.keys(views.metafile.outputs).map((f) => basename(f)).find((f) => /^world-.*\.json$/.test(f));
note(['world-atlas'], worldJson);
note(['@zazuko/yasqe', '@zazuko/yasr', '@zazuko/yasgui-utils'], 'yasgui.js');
note(regionsOf(require.resolve('@zazuko/yasgui/build/yasgui.esm.js')), 'yasgui.js');
const swaggerLicences = readFileSync(require.resolve('swagger-ui-dist/swagger-ui-bundle.js.LICENSE.txt'), 'utf8');
const extra = [
  '## Bundled inside swagger-ui-dist (api-reference.js)',
  '',
  'Swagger UI ships prebuilt; the licence notices of the libraries inside its bundle, as it ships them:',
  '',
  '```text\n' + swaggerLicences.trim() + '\n```',
  '',
  '## Natural Earth (world-HASH.json, through world-atlas)',
  '',
  'Country shapes from Natural Earth (naturalearthdata.com), in the public domain.',
  '',
];
writeFileSync(join(out, 'THIRD-PARTY.md'), thirdParty(used, extra));
const sizes = readdirSync(out).map((f) => `${f}\t${readFileSync(join(out, f)).length}`);
console.log(sizes.join('\n'));

// `import url from 'cydip:world'`: the map's shapes, made now (tools/world.mjs) and
// emitted as world-HASH.json; the import is its URL.
function worldAsFile() {
  return {
    name: 'world-as-file',
    setup(build) {
      build.onResolve({ filter: /^cydip:world$/ }, () => ({ path: 'world.json', namespace: 'cydip' }));
      build.onLoad({ filter: /.*/, namespace: 'cydip' }, () => ({ contents: JSON.stringify(world()), loader: 'file' }));
    },
  };
}
