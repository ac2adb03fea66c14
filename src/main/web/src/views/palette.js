// Colours that survive greyscale: each category colour has its own lightness
// (relative luminance 0.03, 0.25, 0.52, 0.71 for the first four), and the hues
// differ too. Past four categories lightness repeats, so every chart also names
// its categories in an HTML legend and in the tooltip.
export const CATEGORY_COLORS = ['#08306b', '#e66100', '#80cdc1', '#ffd92f', '#a6611a', '#b2abd2', '#1b7837', '#c51b7d'];
export const OTHER_COLOR = '#7f7f7f';
export const NO_DATA = '#f4f4f4';
export const BORDER = '#8c8c8c';

// Categories with a customary order (vote choices, treaty statuses, answers, stances).
const ORDERS = [
  ['yes', 'no', 'abstain', 'non-voting', 'absent'],
  ['party', 'signatory', 'denounced', 'participant'],
  ['supports', 'opposes', 'reservations', 'neutral'],
  ['both', 'Russian text only', 'US text only', 'neither'],
];

/** Distinct values in display order: a customary order when the values fit one, else by frequency. */
export function categoryOrder(values) {
  const counts = new Map();
  for (const v of values) if (v !== '' && v != null) counts.set(v, (counts.get(v) || 0) + 1);
  const keys = [...counts.keys()];
  for (const order of ORDERS) {
    if (keys.some((k) => order.includes(k))) {
      const known = order.filter((k) => counts.has(k));
      const rest = keys.filter((k) => !order.includes(k)).sort((a, b) => counts.get(b) - counts.get(a));
      return [...known, ...rest];
    }
  }
  return keys.sort((a, b) => counts.get(b) - counts.get(a) || String(a).localeCompare(String(b)));
}

/** Value → colour for the given ordered categories; past the palette, grey. */
export function categoryColors(categories) {
  const colors = new Map();
  categories.forEach((c, i) => colors.set(c, i < CATEGORY_COLORS.length ? CATEGORY_COLORS[i] : OTHER_COLOR));
  return colors;
}

// A sequential ramp from light yellow to dark blue: lightness falls as the value rises.
const RAMP = ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#0c2c84'];

/** The ramp colour for {@code value} between {@code min} and {@code max}. */
export function rampColor(value, min, max) {
  const t = max > min ? (value - min) / (max - min) : 1;
  const x = Math.max(0, Math.min(1, t)) * (RAMP.length - 1);
  const i = Math.min(RAMP.length - 2, Math.floor(x));
  return mix(RAMP[i], RAMP[i + 1], x - i);
}

export const RAMP_COLORS = RAMP;

function mix(a, b, t) {
  const p = (h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
  const [x, y] = [p(a), p(b)];
  return '#' + x.map((v, i) => Math.round(v + (y[i] - v) * t).toString(16).padStart(2, '0')).join('');
}
