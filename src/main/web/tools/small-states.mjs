// The states and territories that the 1:110m world atlas is too coarse to draw
// (Malta, Singapore, Andorra, the small island states...), as dots: the spherical
// centroid of each one's 1:50m shape, keyed by its UN M49 code. Run by build.mjs;
// the result is bundled into the views chunk, so the page never loads the 50m atlas.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import { geoCentroid } from 'd3-geo';

const require = createRequire(import.meta.url);
const atlas = (name) => JSON.parse(readFileSync(require.resolve(`world-atlas/${name}`), 'utf8'));

export function smallStates() {
  const coarse = new Set(atlas('countries-110m.json').objects.countries.geometries.map((g) => g.id));
  const fine = atlas('countries-50m.json');
  const dots = {};
  for (const f of feature(fine, fine.objects.countries).features) {
    if (!f.id || coarse.has(f.id)) continue;
    const [lon, lat] = geoCentroid(f);
    dots[f.id] = { name: f.properties.name, at: [Math.round(lon * 100) / 100, Math.round(lat * 100) / 100] };
  }
  return dots;
}
