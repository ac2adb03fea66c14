// THIRD-PARTY.md: every library the built assets contain, with its version,
// licence and licence text, read from node_modules (so it follows package-lock.json).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = dirname(require.resolve('./package.json', { paths: [new URL('..', import.meta.url).pathname] }));

/** Package names under node_modules that the esbuild metafiles' inputs come from. */
export function packagesOf(...metafiles) {
  const names = new Set();
  for (const m of metafiles)
    for (const input of Object.keys(m.inputs)) {
      const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
      if (match) names.add(match[1]);
    }
  return names;
}

/** Package names a prebuilt bundle names in its "//#region node_modules/..." comments. */
export function regionsOf(file) {
  const names = new Set();
  for (const m of readFileSync(file, 'utf8').matchAll(/^\/\/#region node_modules\/((?:@[^/]+\/)?[^/\s]+)/gm)) names.add(m[1]);
  return names;
}

function describe(name, usedIn) {
  const dir = join(root, 'node_modules', name);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const licenceFile = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(f));
  const kept = join(root, 'licences', name.startsWith('@zazuko/') ? 'zazuko-yasgui.txt' : name.startsWith('@json2csv/') ? 'json2csv.txt' : `${name.replace('/', '-')}.txt`);
  const text = licenceFile ? readFileSync(join(dir, licenceFile), 'utf8').trim()
    : existsSync(kept) ? readFileSync(kept, 'utf8').trim() : null;
  const url = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository && pkg.repository.url;
  return [
    `## ${name} ${pkg.version}`,
    '',
    `- licence: ${typeof pkg.license === 'string' ? pkg.license : JSON.stringify(pkg.license)}`,
    url ? `- source: ${url.replace(/^git\+/, '')}` : null,
    `- in: ${[...usedIn].sort().join(', ')}`,
    '',
    text ? '```text\n' + text + '\n```' : `(no licence file in the package; its package.json says ${pkg.license})`,
    '',
  ].filter((l) => l !== null).join('\n');
}

/** The whole file, for packages: Map name → Set of asset files they are in; extra: sections appended as they are. */
export function thirdParty(packages, extra = []) {
  const names = [...packages.keys()].filter((n) => existsSync(join(root, 'node_modules', n, 'package.json'))).sort();
  const missing = [...packages.keys()].filter((n) => !names.includes(n));
  return [
    '# Third-party software in these assets',
    '',
    'Built by `src/main/web/build.sh` from the exact versions in `src/main/web/package-lock.json`;',
    'this file is written by the build. Each library bundled into a file here, its version and licence.',
    '',
    ...names.map((n) => describe(n, packages.get(n))),
    ...(missing.length ? [`Also bundled, named by a prebuilt bundle but not installed on their own: ${missing.join(', ')}.`, ''] : []),
    ...extra,
  ].join('\n');
}
