export { isReceivable, isWireAmount } from './fast-receivable.js';
export { decodeReceivableColumns, encodeReceivableColumns, type DecodedColumns } from './columns.js';
export { checkReceivableColumnsPage, checkReceivablePage, type ReceivablePageCheck } from './check-page.js';
