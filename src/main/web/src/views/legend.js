// An HTML legend: readable, translatable, and a second channel beside colour.
import { NO_DATA, BORDER, RAMP_COLORS } from './palette.js';

/** A list of swatches: entries [{label, color, count}], plus an optional "no data" entry. */
export function categoryLegend(title, entries, noDataLabel) {
  const box = document.createElement('div');
  box.className = 'cydip-legend';
  if (title) {
    const h = document.createElement('p');
    h.className = 'cydip-legend-title';
    h.textContent = title;
    box.append(h);
  }
  const ul = document.createElement('ul');
  for (const e of entries) ul.append(item(e.label, e.color, e.count));
  if (noDataLabel) ul.append(item(noDataLabel, NO_DATA));
  box.append(ul);
  return box;
}

/** A ramp from {@code min} to {@code max}. */
export function rampLegend(title, min, max) {
  const box = document.createElement('div');
  box.className = 'cydip-legend cydip-legend-ramp';
  const h = document.createElement('p');
  h.className = 'cydip-legend-title';
  h.textContent = title;
  const bar = document.createElement('span');
  bar.className = 'cydip-ramp';
  bar.style.background = `linear-gradient(to right, ${RAMP_COLORS.join(', ')})`;
  const lo = document.createElement('span');
  lo.textContent = String(min);
  const hi = document.createElement('span');
  hi.textContent = String(max);
  box.append(h, lo, bar, hi);
  return box;
}

function item(label, color, count) {
  const li = document.createElement('li');
  const sw = document.createElement('span');
  sw.className = 'cydip-swatch';
  sw.style.background = color;
  sw.style.borderColor = BORDER;
  const text = document.createElement('span');
  text.textContent = label;
  li.append(sw, text);
  if (count != null) {
    const n = document.createElement('span');
    n.className = 'cydip-count';
    n.textContent = ` (${count})`;
    li.append(n);
    li.dataset.count = String(count);
  }
  li.dataset.label = label;
  return li;
}
