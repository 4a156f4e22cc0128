/**
 * Entry of the CDN bundle (`dist/cdn/credit-kit.js`, one self-contained module) for pages with no
 * build step: it registers every `ck-` element and exports the widgets' API together with the
 * client's, so the page needs a single module and shares the one page-wide client the widgets read.
 *
 * Elements start loading at their first update, a microtask after they upgrade — after the
 * top-level code of the module that imports this one — so `configure()` called right after the
 * import is in place before any of them asks for a client.
 *
 * @example
 * <ck-limit-calculator customer-id="C004"></ck-limit-calculator>
 * <script type="module">
 *   import { configure } from 'https://cdn.example.invalid/@credit-kit/widgets/dist/cdn/credit-kit.js';
 *   configure({ baseUrl: '/api/credit/v1' });
 * </script>
 */
export * from './auto-define.js';
export {
  defineCreditKit,
  defineAgingTable,
  defineCreditApplication,
  defineCreditCheck,
  defineCreditReview,
  defineLimitCalculator,
  defineWarningBadge,
  type DefineOptions,
} from './define.js';
export {
  ApiError,
  configure,
  createClient,
  CreditKitError,
  CreditKitValidationError,
  findDefaultClient,
  getDefaultClient,
  NetworkError,
  ResponseValidationError,
  setDefaultClient,
  TimeoutError,
} from '@credit-kit/client';
