import * as itemRows from './item-rows.js';

/**
 * The table's secondary parts, the export and the row expansion, behind asynchronous loaders: a part
 * that fails to load shows an error where it is used, and trying again loads it again. Tests replace
 * these loaders to play a part that fails.
 *
 * The export (`view/exporter.ts`: the CSV/TSV writer and the export records) is a chunk of its own,
 * loaded with the first export: it imports nothing at run time that a page shares with it (the
 * caller hands it the bucket labels), so a bundler keeps the page in one file (see
 * `../warning-badge/popover/popover-platform.ts`). The row expansion stays in the table's graph: it
 * ages a customer's items with the engine and draws them with the cells the table already has, and
 * a dynamic `import()` of what a page shares costs every page more than it saves (evanw/esbuild#3704).
 * @internal
 */
export const tableChunks = {
  exporter: (): Promise<typeof import('./view/exporter.js')> => import('./view/exporter.js'),
  itemRows: (): Promise<typeof itemRows> => Promise.resolve(itemRows),
};
