import * as exporter from './view/exporter.js';
import * as itemRows from './item-rows.js';

/**
 * The table's secondary parts, the export and the row expansion, behind asynchronous loaders: a part
 * that fails to load shows an error where it is used, and trying again loads it again. They are in
 * the table's own module graph, not dynamic `import()`s: esbuild (to 0.28) places what a lazily
 * imported module uses from shared files — core, the client — in chunks every page loads first
 * (evanw/esbuild#3704), so on a host's bundle a lazy chunk cost far more than it saved. Tests
 * replace these loaders to play a part that fails.
 * @internal
 */
export const tableChunks = {
  exporter: (): Promise<typeof exporter> => Promise.resolve(exporter),
  itemRows: (): Promise<typeof itemRows> => Promise.resolve(itemRows),
};
