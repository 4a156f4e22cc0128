/**
 * The benchmark's AG Grid Community contender: `createGrid` with every community module and the
 * Quartz theme, the same 16 columns and 36 px rows as `ck-aging-table`. Amounts are formatted
 * from the exact decimal strings with Intl, as ours are; numeric columns sort by `Number` values.
 */
import { AllCommunityModule, ModuleRegistry, createGrid, themeQuartz, type ColDef, type GridApi } from 'ag-grid-community';
import type { BenchRow } from './rows.js';
import type { Contender } from './contender.js';

ModuleRegistry.registerModules([AllCommunityModule]);

const money = new Intl.NumberFormat('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const format = (value: string) => (money.format as unknown as (v: string) => string)(value);
const dates = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' });

function amountColumn(colId: string, headerName: string, read: (row: BenchRow) => string): ColDef<BenchRow> {
  return {
    colId,
    headerName,
    width: colId === 'total' || colId === 'overdue' ? 136 : 124,
    type: 'numericColumn',
    valueGetter: (p) => (p.data ? Number(read(p.data)) : 0),
    valueFormatter: (p) => (p.data ? format(read(p.data)) : ''),
  };
}

export function createContender(buckets: readonly { label: string }[]): Contender {
  let api!: GridApi<BenchRow>;
  let div!: HTMLDivElement;
  const columnDefs: ColDef<BenchRow>[] = [
    { colId: 'customer', headerName: 'Customer', width: 260, valueGetter: (p) => p.data?.customerName ?? p.data?.customerId, pinned: 'left' },
    ...buckets.map((b, k) => amountColumn(`bucket-${k}`, b.label, (row) => row.buckets[k]!)),
    amountColumn('total', 'Total', (row) => row.total),
    amountColumn('overdue', 'Overdue', (row) => row.overdue),
    { colId: 'oldestDueDate', headerName: 'Oldest due date', width: 124, field: 'oldestDueDate', valueFormatter: (p) => dates.format(Date.parse(`${p.value}T00:00:00Z`)) },
    { colId: 'maxDaysOverdue', headerName: 'Max days overdue', width: 104, field: 'maxDaysOverdue', type: 'numericColumn' },
    { colId: 'stage', headerName: 'Collection stage', width: 156, valueGetter: (p) => ((p.data?.maxDaysOverdue ?? 0) >= 90 ? 'Legal action' : (p.data?.maxDaysOverdue ?? 0) >= 30 ? 'Escalated' : (p.data?.maxDaysOverdue ?? 0) >= 1 ? 'Collection letter' : '—') },
    { colId: 'limit', headerName: 'Granted limit', width: 148, valueGetter: () => '—' },
    { colId: 'utilisation', headerName: 'Utilisation', width: 104, valueGetter: () => '—' },
    { colId: 'warning', headerName: 'Warning', width: 132, valueGetter: () => '—' },
  ];
  return {
    name: 'AG Grid Community',
    async mount(container) {
      div = document.createElement('div');
      div.style.height = '600px';
      div.style.width = '100%';
      container.append(div);
      api = createGrid<BenchRow>(div, { columnDefs, rowData: [], rowHeight: 36, theme: themeQuartz, getRowId: (p) => p.data.customerId });
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    },
    setData(data) {
      api.setGridOption('rowData', (data as { rows: BenchRow[] }).rows);
    },
    hasRows: () => !!div.querySelector('.ag-grid-scrolling-container .ag-row'),
    async sortByTotalDescending() {
      api.applyColumnState({ state: [{ colId: 'total', sort: 'desc' }], defaultState: { sort: null } });
    },
    firstRowId() {
      return api.getDisplayedRowAtIndex(0)?.data?.customerId;
    },
    topVisibleRowId() {
      return api.getDisplayedRowAtIndex(api.getFirstDisplayedRowIndex())?.data?.customerId;
    },
    // AG Grid 36 scrolls rows in .ag-grid-viewport (the vertical bar beside it mirrors it).
    scroller: () => div.querySelector<HTMLElement>('.ag-grid-viewport')!,
    domNodes: () => div.querySelectorAll('*').length,
    destroy() {
      api.destroy();
      div.remove();
    },
  };
}
