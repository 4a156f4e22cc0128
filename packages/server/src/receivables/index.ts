export { agingPage, type AgingPageQuery } from './aging.js';
export { receivablePage, type ReceivableListQuery } from './list.js';
export { registerReceivableRoutes, RECEIVABLE_PAGE_LIMIT } from './routes.js';
export { writeReceivables, ReceivableWriteError } from './write.js';
