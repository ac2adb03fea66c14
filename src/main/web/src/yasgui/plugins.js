// The gallery's chart views as YASR plugins, so editor results have the same map,
// timeline, vote matrix and bar chart. Each offers itself only when the result's
// columns fit it (views/columns.js); the charts come from the views chunk.
import { analyse } from '../views/columns.js';
import { t } from '../views/words.js';

const ICONS = { map: '◍', timeline: '┅', matrix: '▦', bar: '▮' };

export function registerViewPlugins(Yasr, loadViews, vocabulary) {
  for (const view of Object.keys(ICONS)) Yasr.registerPlugin(view, pluginFor(view, loadViews, vocabulary));
}

function pluginFor(view, loadViews, vocabulary) {
  return class {
    constructor(yasr) {
      this.yasr = yasr;
      this.priority = 5;
      this.label = t(view);
    }

    json() {
      const r = this.yasr.results;
      const j = r && !r.hasError() && r.getType() === 'json' ? r.getAsJson() : null;
      return j && j.head && j.results ? j : null;
    }

    canHandleResults() {
      const j = this.json();
      return !!j && analyse(j).views.includes(view);
    }

    async draw() {
      // A newer draw (new results while this one loads) replaces this one.
      const drawing = (this.drawing = (this.drawing || 0) + 1);
      this.destroy();
      const el = document.createElement('div');
      el.className = `cydip-yasr cydip-yasr-${view}`;
      el.dataset.state = 'loading';
      this.yasr.resultsEl.append(el);
      const v = await loadViews();
      if (drawing !== this.drawing) return;
      await v.drawView(view, el, v.analyse(this.json()), { vocabulary });
      if (drawing === this.drawing) el.dataset.state = 'ready';
    }

    destroy() {
      for (const el of this.yasr.resultsEl.querySelectorAll('.cydip-yasr')) el.remove();
    }

    getIcon() {
      const s = document.createElement('span');
      s.textContent = ICONS[view];
      s.setAttribute('aria-hidden', 'true');
      return s;
    }
  };
}
