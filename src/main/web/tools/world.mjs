// The map's shapes, made at build time from world-atlas (Natural Earth, ids are UN
// M49 codes): the 1:110m countries, cut at the antimeridian and projected (Natural
// Earth projection) so the page draws them as they are; and, for the states too
// small for 1:110m (Malta, Singapore, the small island states...), a dot at the
// centroid of their 1:50m shape. Antarctica is left out. Coordinates are rounded
// to 0.01 degree-equivalents; the page never loads the 50m atlas.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import { geoCentroid, geoNaturalEarth1 } from 'd3-geo';
import { geoProject } from 'd3-geo-projection';

const require = createRequire(import.meta.url);
const atlas = (name) => JSON.parse(readFileSync(require.resolve(`world-atlas/${name}`), 'utf8'));
const ANTARCTICA = '010';

export function world() {
  // Scaled so that one unit is about one degree at the equator, y pointing north.
  const projection = geoNaturalEarth1().scale(180 / Math.PI).translate([0, 0]).reflectY(true);
  const coarseTopo = atlas('countries-110m.json');
  const coarse = feature(coarseTopo, coarseTopo.objects.countries);
  coarse.features = coarse.features.filter((f) => f.id && f.id !== ANTARCTICA);
  const ids = new Set(coarse.features.map((f) => f.id));
  const projected = geoProject(coarse, projection);
  for (const f of projected.features) {
    f.properties = { name: f.id, title: f.properties.name };
    f.geometry.coordinates = round(f.geometry.coordinates);
  }
  const fineTopo = atlas('countries-50m.json');
  const dots = {};
  for (const f of feature(fineTopo, fineTopo.objects.countries).features) {
    if (!f.id || ids.has(f.id) || f.id === ANTARCTICA) continue;
    dots[f.id] = { name: f.properties.name, at: round(projection(geoCentroid(f))) };
  }
  return { type: 'FeatureCollection', features: projected.features, dots };
}

function round(c) {
  return Array.isArray(c[0]) ? c.map(round) : c.map((x) => Math.round(x * 100) / 100);
}
