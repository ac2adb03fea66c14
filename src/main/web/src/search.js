// Suggestions for <input class="cydip-search" data-source="/api/search" data-lang="xx">:
// a listbox under the box (ARIA combobox): arrows move, Enter opens, Escape closes.
// Without JS the form still submits to /search.
const DELAY = 150;
const LIMIT = 8;
let counter = 0;

export function initSearch(input) {
  const list = document.createElement('ul');
  const id = `cydip-suggest-${++counter}`;
  list.id = id;
  list.className = 'cydip-suggestions';
  list.setAttribute('role', 'listbox');
  list.hidden = true;
  input.after(list);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', id);
  let timer = null;
  let active = -1;
  let hits = [];
  let asked = 0;

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(suggest, DELAY);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (list.hidden) return;
      move(e.key === 'ArrowDown' ? 1 : -1);
      e.preventDefault();
    } else if (e.key === 'Enter' && active >= 0 && !list.hidden) {
      e.preventDefault();
      window.location.assign(hits[active].href);
    } else if (e.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));

  async function suggest() {
    const q = input.value.trim();
    if (q.length < 2) return close();
    const n = ++asked;
    const url = new URL(input.dataset.source, window.location.href);
    url.searchParams.set('q', q);
    if (input.dataset.lang) url.searchParams.set('lang', input.dataset.lang);
    url.searchParams.set('limit', String(LIMIT));
    const r = await fetch(url, { headers: { Accept: 'application/json' } });
    if (n !== asked) return;
    hits = r.ok ? await r.json() : [];
    render();
  }

  function render() {
    list.replaceChildren();
    active = -1;
    input.removeAttribute('aria-activedescendant');
    hits.forEach((h, i) => {
      const li = document.createElement('li');
      li.id = `${id}-${i}`;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      li.dataset.href = h.href;
      const label = document.createElement('span');
      label.className = 'cydip-suggestion-label';
      label.textContent = h.label;
      if (h.lang) label.lang = h.lang;
      label.dir = 'auto';
      const type = document.createElement('span');
      type.className = 'cydip-suggestion-type';
      type.textContent = h.typeLabel || '';
      li.append(label, ' ', type);
      li.addEventListener('mousedown', (e) => {
        e.preventDefault();
        window.location.assign(h.href);
      });
      list.append(li);
    });
    list.hidden = hits.length === 0;
    input.setAttribute('aria-expanded', String(!list.hidden));
    list.dataset.count = String(hits.length);
  }

  function move(step) {
    const items = list.children;
    if (!items.length) return;
    if (active >= 0) items[active].setAttribute('aria-selected', 'false');
    active = (active + step + items.length) % items.length;
    items[active].setAttribute('aria-selected', 'true');
    input.setAttribute('aria-activedescendant', items[active].id);
  }

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }
}
