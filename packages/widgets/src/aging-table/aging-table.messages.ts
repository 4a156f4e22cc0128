import { defineMessages } from '../i18n/locale-registry.js';

/**
 * Text of `<ck-aging-table>`. `en` defines the shape; every locale matches it. Partners relabel
 * with `registerMessages(locale, 'aging-table', { … })`. Numbers, amounts and dates reach these
 * functions already formatted for the reader.
 */
const en = {
  caption: (currency: string, asOf: string) => `Receivables aging in ${currency} as of ${asOf}`,
  toolbar: {
    label: 'Aging table tools',
    asOf: 'As of',
    currency: 'Currency',
    currencies: 'Currencies',
    exportCsv: 'Export CSV',
    copy: 'Copy',
    exported: (rows: string) => `Exported ${rows} rows as CSV.`,
    copied: (rows: string) => `Copied ${rows} rows to the clipboard.`,
    copyFailed: 'Could not copy: the browser did not allow access to the clipboard. Use Export CSV instead.',
    preparing: 'Preparing the export…',
  },
  filters: {
    label: 'Filters',
    search: 'Customer name or code',
    onlyOverdue: 'Only overdue',
    bucket: 'Amount in bucket',
    salesperson: 'Salesperson',
    region: 'Region',
    any: 'Any',
    clear: 'Clear filters',
  },
  summary: {
    label: 'Summary',
    total: 'Total open',
    overdue: 'Overdue',
    overdueRatio: 'Overdue ratio',
    customers: 'Customers',
    legend: 'Open amount by aging bucket',
    share: (share: string) => `(${share})`,
    notApplicable: '—',
    computing: '…',
  },
  columns: {
    customer: 'Customer',
    total: 'Total',
    overdue: 'Overdue',
    oldestDueDate: 'Oldest due date',
    maxDaysOverdue: 'Max days overdue',
    stage: 'Collection stage',
    limit: 'Granted limit',
    utilisation: 'Utilisation',
    warning: 'Warning',
    sortBy: (column: string) => `Sort by ${column}`,
  },
  buckets: {
    notDue: 'Not due',
    overdue: 'Overdue',
    range: (min: string, max: string) => `${min}–${max} days`,
    single: (days: string) => `${days} days`,
    over: (days: string) => `Over ${days} days`,
  },
  rows: {
    expand: (customer: string) => `Show the open items of ${customer}`,
    collapse: (customer: string) => `Hide the open items of ${customer}`,
    totals: 'Total',
    loadingItems: 'Loading the open items…',
    noItems: 'No open items.',
    itemsFailed: 'Could not load the open items.',
    retry: 'Retry',
    dueDate: 'Due date',
    daysOverdue: 'Days overdue',
    documentDate: (date: string) => `dated ${date}`,
    blacklisted: 'Blacklisted',
    disputed: 'Disputed',
    unknown: 'Not known',
  },
  stages: {
    notDue: 'Not due',
    reminder: 'Reminder due',
    letter: 'Collection letter',
    escalated: 'Escalated',
    legal: 'Legal action',
    disputed: 'On hold: disputed',
  },
  progress: {
    label: 'Loading receivables',
    loaded: (loaded: string) => `${loaded} items loaded`,
    loadedOf: (loaded: string, total: string) => `${loaded} of ${total} items loaded`,
    aging: (items: string) => `Aging ${items} items…`,
    report: 'Loading the aging report…',
  },
  status: {
    sorting: 'Sorting…',
    filtering: 'Filtering…',
    shown: (shown: string, total: string) => `${shown} of ${total} customers shown`,
    noMatch: 'No customer matches the filters.',
    noData: 'No open receivables on this date.',
  },
  server: {
    loadMore: 'Load more',
    loaded: (loaded: string, total: string) => `${loaded} of ${total} rows loaded`,
    partial: 'Sorting, filters and the totals of a filtered view apply to the loaded rows.',
    loadFailed: 'Could not load more rows.',
  },
  csv: {
    customerId: 'Customer code',
    customer: 'Customer',
    currency: 'Currency',
    salesperson: 'Salesperson',
    region: 'Region',
    limitCurrency: 'Limit currency',
    warning: 'Warning level',
    blacklisted: 'Blacklisted',
    yes: 'yes',
    levels: { none: 'none', yellow: 'yellow', orange: 'orange', red: 'red' },
  },
};

export type AgingTableMessages = typeof en;

export const agingTableMessages = defineMessages('aging-table', { en }, { 'zh-CN': () => import('./aging-table.messages.zh-CN.js') });
