// The table: every row, sortable by any column, filterable per column, paged.
import { Tabulator, SortModule, FilterModule, EditModule, PageModule, FormatModule, ResizeColumnsModule,
  ResizeTableModule, InteractionModule } from 'tabulator-tables';
import { cellNode, isNumber, STATE_IRI } from './terms.js';
import { t } from './words.js';

Tabulator.registerModule([SortModule, FilterModule, EditModule, PageModule, FormatModule, ResizeColumnsModule,
  ResizeTableModule, InteractionModule]);

export const PAGE_SIZE = 25;

/** Draws the table of analysis {@code a} into {@code el}; resolves to the Tabulator once built. */
export function drawTable(el, a) {
  const box = document.createElement('div');
  box.className = 'cydip-table';
  el.append(box);
  const data = a.rows.map((r, i) => {
    const o = { _i: i };
    a.vars.forEach((v, j) => { o['c' + j] = sortKey(r[v]); });
    return o;
  });
  const columns = a.vars.map((v, j) => ({
    title: v,
    field: 'c' + j,
    headerFilter: 'input',
    headerFilterPlaceholder: t('filter'),
    sorter: a.cols[v] === 'number' ? 'number' : 'string',
    formatter: (cell) => {
      const row = a.rows[cell.getRow().getData()._i];
      return cellNode(row[v], labelFor(a, row, v));
    },
  }));
  const table = new Tabulator(box, {
    data,
    columns,
    layout: 'fitDataStretch',
    pagination: true,
    paginationSize: PAGE_SIZE,
    paginationSizeSelector: [10, 25, 50, 100, true],
    paginationCounter: 'rows',
    textDirection: document.documentElement.dir === 'rtl' ? 'rtl' : 'ltr',
    placeholder: '—',
  });
  return new Promise((resolve) => table.on('tableBuilt', () => resolve(table)));
}

/** The label term shown for an IRI cell: the column's own xLabel, or the state's label. */
function labelFor(a, row, v) {
  const own = row[v + 'Label'];
  if (own) return own;
  const t = row[v];
  if (a.label && row[a.label] && t && t.type === 'uri' && STATE_IRI.test(t.value)) return row[a.label];
  return null;
}

function sortKey(term) {
  if (!term) return null;
  return isNumber(term) ? Number(term.value) : term.value;
}
