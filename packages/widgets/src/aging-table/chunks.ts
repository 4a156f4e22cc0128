/**
 * The table's parts loaded on demand, each its own small chunk in a build: the export and the row
 * expansion. A part that fails to load shows an error where it is used, and trying again loads it
 * again. Tests replace these loaders to play a chunk that fails.
 * @internal
 */
export const tableChunks = {
  exporter: (): Promise<typeof import('./view/exporter.js')> => import('./view/exporter.js'),
  itemRows: (): Promise<typeof import('./item-rows.js')> => import('./item-rows.js'),
};
