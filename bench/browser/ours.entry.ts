/**
 * The benchmark's `ck-aging-table` contender: the widget with the warning badge it registers, lit
 * and the core parts they import. Aged rows are handed over with the `report` property.
 */
import { defineAgingTable } from '../../packages/widgets/src/aging-table/aging-table.js';
import type { CkAgingTable } from '../../packages/widgets/src/aging-table/aging-table.component.js';
import type { AgingReportInput } from '../../packages/widgets/src/aging-table/data/aging-model.js';
import type { Contender } from './contender.js';

defineAgingTable();

export function createContender(buckets: AgingReportInput['buckets']): Contender {
  let el!: CkAgingTable;
  const root = () => el.shadowRoot!;
  return {
    name: 'ck-aging-table',
    async mount(container) {
      el = document.createElement('ck-aging-table') as CkAgingTable;
      el.style.setProperty('--ck-aging-table-height', '600px');
      el.report = { asOf: '2024-06-30', buckets, rows: [] };
      container.append(el);
      while (!el.ready) await new Promise((r) => setTimeout(r, 10));
      await el.updateComplete;
    },
    setData(data) {
      el.report = data as AgingReportInput;
    },
    hasRows: () => !!root().querySelector('.body [role=row]'),
    async sortByTotalDescending() {
      await el.sortBy('total', 'descending');
    },
    firstRowId() {
      const row = root().querySelector('.body [role=row][aria-rowindex="2"]');
      return row?.querySelector('.code')?.textContent ?? undefined;
    },
    topVisibleRowId() {
      const top = root().querySelector('.head')!.getBoundingClientRect().bottom;
      const rows = [...root().querySelectorAll('.body [role=row]')].filter((r) => r.getBoundingClientRect().bottom > top + 1);
      rows.sort((a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')));
      return rows[0]?.querySelector('.code')?.textContent ?? undefined;
    },
    scroller: () => root().querySelector<HTMLElement>('.scroller')!,
    domNodes: () => root().querySelector('[part=grid]')!.querySelectorAll('*').length,
    destroy: () => el.remove(),
  };
}
