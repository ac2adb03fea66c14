// The chart views, with ECharts: a chunk of its own (chart-views-HASH.js).
import { drawMap } from './map.js';
import { drawTimeline } from './timeline.js';
import { drawMatrix } from './matrix.js';
import { drawBar } from './bar.js';

export const DRAW = { map: drawMap, timeline: drawTimeline, matrix: drawMatrix, bar: drawBar };
