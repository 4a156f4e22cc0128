/** The export chunk, loaded with the first export: the CSV/TSV writer and the export records. */
export { toCsv, toTsv } from './csv.js';
export { exportColumnsOf, exportRecords } from './csv-export.js';
