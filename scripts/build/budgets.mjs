// Page-weight budgets and ceilings, in one place (issue 13). Read by the size report
// (`npm run build` prints every page beside its budget) and by the budget test
// (scripts/build/page-weight.node-test.mjs), which fails when a page's first load exceeds its
// ceiling. Sizes are gzip -9 bytes, English, first load (see scripts/build/page-weight.mjs).
//
// `budget` is the target; `ceiling` is today's measured size rounded up a little: a ratchet.
// When a change makes a page smaller, lower its ceiling in the same commit; a change that makes a
// page bigger must say why it may (and raise the ceiling) or get smaller.
const KB = 1024;

/**
 * The pages. `defines`: the define functions a host page imports from `@credit-kit/widgets/define`
 * and calls; `loads`: dynamic imports this page always makes (matched on the imported module; the
 * table's badges and aging executor are static imports now, so its three pages weigh the same);
 * `worker`: a worker entry, bundled on its own.
 */
// Badge, table, all four and review lowered by 1.2-1.6 KB when the widgets and the client moved to
// `@credit-kit/core/lean`, which leaves out the catalogue's Chinese labels (loaded with the Chinese messages);
// the form by 0.6 KB when the settlement rules stopped carrying DEFAULT_CREDIT_POLICY. Every page now
// includes `configureWidgets()` (about 15 bytes).
// Calculator, check, review and all four were raised by about 0.5 KB when credit exposure moved to
// decimal-arithmetic.ts (BigInt): those pages compute with Decimal elsewhere and carry both; the
// table's pages lost decimal.js (91.0 -> 78.7 KB) and the worker with them (31.1 -> 18.8 KB).
// Every page lowered by 0.3-2.1 KB when core's ISO date schemas stopped reading zod's `iso` namespace (all
// four ISO formats came with it) and the badge's popover (render, anchoring, styles) moved to a chunk loaded on
// first open that imports nothing the page shares (warning-badge/popover/popover-platform.ts).
// Badge 0.5 KB, table 0.1 KB lower when the badge assessed its validated status without parsing the signals again
// (`assessWarningStatus`: zod's pipe and transform, for numeric amounts, left the page).
// Badge, tables, all four and review 0.2-0.4 KB lower when the badge's refresh timer (refresh-scheduler.ts) moved to
// a chunk loaded with the first `refresh-interval`.
// Calculator, check, review and all four 0.3-0.5 KB lower when the path to yes's render and styles moved to a chunk
// loaded the first time one is shown (base/lazy-part.ts).
// Tables and all four 0.5 KB lower when the table's export (CSV/TSV writer) became a chunk loaded with the first export.
// Calculator 12.8 KB, check 12.8, review 12.8 and all four 13.1 lower when the limit rule, its path to yes, the
// credit check, the rating and the approval rules computed in exact BigInt decimal arithmetic (decimal-arithmetic.ts,
// property-tested against decimal.js): no page of the widgets carries decimal.js now.
// Calculator, check, review and all four 0.5-0.6 KB lower when the path to yes's text came with its part (the
// `path-to-yes` bundle is defined by path-to-yes-part.ts); the calculator is within its budget, its ceiling the budget.
// Badge, tables, all four and review 1.5-1.6 KB lower when the signal and category labels, the popover's text and the
// signals' detail texts came with the popover's chunk (core's catalogue rules apart from their English text;
// `@credit-kit/core/signal-text`; the popover's `warning-badge-popover` bundle takes the `warning-badge` overrides).
// Badge 6.3 KB lower (34.9 -> 28.6 KB, within its budget) when the warning responses and the badge's options were
// validated by wire parsers compiled from core's zod schemas (core/src/wire: a small interpreter and the compiled
// schemas, property-tested against zod) and the client read problem documents without a schema: no zod on the page.
// The pages that show the badge beside widgets still validating with zod carry both for now (+0.9 to +1.9 KB:
// tables, all four, review, configure()): each of them sheds zod as its own schemas are compiled. The form 0.1 KB lower.
export const PAGES = [
  { id: 'badge', label: 'badge only', defines: ['defineWarningBadge'], budget: 32 * KB, ceiling: 29440 },
  // What `configure()` (the full SDK client: every endpoint's response schema) costs over `configureWidgets()`.
  { id: 'badge-full-client', label: '  badge with configure() instead', defines: ['defineWarningBadge'], client: 'full', budget: 32 * KB, ceiling: 50176 },
  { id: 'calculator', label: 'calculator only', defines: ['defineLimitCalculator'], budget: 50 * KB, ceiling: 51200 },
  { id: 'form', label: 'application form only', defines: ['defineCreditApplication'], budget: 52 * KB, ceiling: 55936 },
  { id: 'aging-server', label: 'aging table, server mode', defines: ['defineAgingTable'], budget: 56 * KB, ceiling: 75008 },
  {
    id: 'aging-badges',
    label: 'aging table with badges in rows',
    defines: ['defineAgingTable'],
    loads: [/warning-badge\.component\.ts$/],
    budget: 64 * KB,
    ceiling: 75008,
  },
  {
    id: 'aging-self',
    label: 'aging table ageing itself',
    defines: ['defineAgingTable'],
    loads: [/aging-executor\.ts$/],
    budget: 70 * KB,
    ceiling: 75008,
  },
  { id: 'aging-worker', label: '  its worker (aging.worker.js)', worker: 'packages/widgets/src/aging-table/aging.worker.ts', budget: 22 * KB, ceiling: 18944 },
  {
    id: 'all-four',
    label: 'all four on one page',
    defines: ['defineWarningBadge', 'defineLimitCalculator', 'defineCreditApplication', 'defineAgingTable'],
    budget: 94 * KB,
    ceiling: 116224,
  },
  { id: 'credit-check', label: 'credit check (compact)', defines: ['defineCreditCheck'], budget: 35 * KB, ceiling: 49152 },
  // Raised from 87040 when the nested calculator and badge moved into its first load (no `import()`:
  // see aging-table/chunks.ts); as first rendered the page went from 106.4 KB to 90.2.
  { id: 'credit-review', label: 'credit review', defines: ['defineCreditReview'], budget: 60 * KB, ceiling: 74752 },
];

/** A chunk loaded on interaction, each (gzip bytes added on top of the page's first load). */
export const INTERACTION_CHUNK_BUDGET = 6 * KB;
/** One widget's Chinese messages (its `*.messages.zh-CN` chunk). */
export const LOCALE_BUDGET = 4 * KB;
/**
 * Ceilings of a single-widget page's Chinese messages (its own `*.zh-CN` chunks, those its parts
 * loaded on interaction bring included, without the shared common messages) where today's text is
 * over `LOCALE_BUDGET`; the rest are held to it.
 */
export const LOCALE_CEILINGS = {
  // 3,418 bytes of its own and 1,004 of the path to yes's, which the count missed while that text came
  // with its part (a chunk loaded on interaction) and not with the calculator's messages.
  calculator: 4422,
};

/** A single-widget page through the CDN build may weigh its widget's page budget plus this. */
export const CDN_ALLOWANCE = 3 * KB;

/**
 * Single-widget pages through the CDN autoloader (`dist/cdn/autoloader.js` + the widget's module and
 * its shared chunks; scripts/build/cdn-pages.mjs): `page` names the npm page whose budget (+ CDN_ALLOWANCE)
 * applies; `ceiling` is today's size rounded up, a ratchet as above. Over the npm pages they carry the
 * autoloader (0.8 KB) and, in the chunks every widget shares, what the other widgets use of shared
 * modules (Rollup places code by module: zod's schema module holds every schema kind any widget uses).
 */
// All six lowered by 0.3-0.5 KB: the review policy schema names warning levels from schemas/warning-levels.ts, so the
// calculator's and check's chunks no longer carry the warning-signal schemas (Rollup places code by module); the
// badge, table and review also by the popover and refresh timer moving to chunks of their own.
// Review raised 256 bytes: the badge it shows keeps its popover state in a controller of its own (popover/
// badge-popover.ts, the element back under 400 lines): +131 bytes through the autoloader. Table lowered 0.5 KB when
// its export became a chunk loaded with the first export.
// Calculator, check and review 12.8-13.0 KB lower: their rules compute without decimal.js; 0.5 KB more when the path
// to yes's text came with its part. Badge, table and review 1.6 KB lower when the signal labels and detail texts came
// with the popover's chunk.
// Badge 9.1 KB lower (42.1 -> 33.0 KB, within its budget) when its warning responses were validated by wire parsers
// (no zod in its code) and the CDN build took core's and the client's sources as free of side effects, as their
// package.json declares (rollup.config.js `hasSideEffects`): before, every module the core barrel reaches was kept as
// a dependency of every widget, so zod sat in the chunk all six share. Calculator, check and form 0.1-0.3 KB, table
// and review 2.0 KB higher: zod and the interpreter now sit in chunks of their own beside the shared one, and the
// table and review carry both until their schemas are compiled too.
export const CDN_PAGES = [
  { name: 'credit-application', page: 'form', ceiling: 65024 },
  { name: 'limit-calculator', page: 'calculator', ceiling: 61952 },
  { name: 'warning-badge', page: 'badge', ceiling: 34048 },
  { name: 'aging-table', page: 'aging-badges', ceiling: 83456 },
  { name: 'credit-check', page: 'credit-check', ceiling: 59904 },
  { name: 'credit-review', page: 'credit-review', ceiling: 89344 },
];
