export { IMPORT_KINDS, IMPORT_KIND_SPECS, isImportKind, warningSignalRowSchema, type ImportKind, type WarningSignalRow } from './kinds.js';
export { ImportError, importFormatOf, runImport, type ImportFormat, type ImportOptions, type ImportSummary } from './run-import.js';
export { csvRecords, ndjsonLines, type ImportSource } from './lines.js';
export { parsingWorkerAvailable } from './parse-in-worker.js';
export { registerImportRoutes, formatOfContentType } from './routes.js';
