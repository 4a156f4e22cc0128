/**
 * The table's part loaded on demand, the export (`view/exporter.ts`: the CSV/TSV writer and the
 * export records), loaded with the first export: a failed load shows an error where it is used,
 * and trying again loads it again. Tests replace the loader to play a part that fails.
 *
 * It imports nothing at run time that a page shares with it (the caller hands it the bucket
 * labels), so a bundler keeps the page in one file (see `../warning-badge/popover/popover-platform.ts`).
 * The row expansion is in the table's first load: it ages a customer's items with the engine and
 * draws them with the cells the table already has, and a dynamic `import()` of what a page shares
 * costs every page more than it saves (evanw/esbuild#3704).
 * @internal
 */
export const tableChunks = {
  exporter: (): Promise<typeof import('./view/exporter.js')> => import('./view/exporter.js'),
};
