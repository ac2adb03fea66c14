// One entry for every chart view, used by the page components and the editor.
// The charts (ECharts) are a chunk of their own, loaded on the first chart drawn.
const charts = () => import('./chart-views.js');

/** Draws chart view {@code view} of analysis {@code a} into {@code el}. */
export async function drawView(view, el, a, opts = {}) {
  const c = await charts();
  const draw = c.DRAW[view];
  if (!draw) throw new Error(`no such view: ${view}`);
  return draw(el, a, opts);
}

/** Empties {@code el}, disposing of the charts in it. */
export function clear(el) {
  for (const c of el.querySelectorAll('.cydip-chart')) if (c.cydipDispose) c.cydipDispose();
  el.replaceChildren();
  for (const k of ['colored', 'unmatched', 'dated', 'states', 'order', 'bars']) delete el.dataset[k];
}
