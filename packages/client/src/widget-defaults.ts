import type { CreditKitClient } from './client.js';
import { resolveOptions, type ClientOptions } from './options.js';
import { createClientWith, type MethodSet } from './rest-client.js';

let widgetOptions: ClientOptions | undefined;
const clients = new Map<readonly MethodSet[], CreditKitClient>();

/**
 * Sets the page-wide client options for the widgets, without building the full SDK client that
 * `configure()` returns: each kind of widget then makes one client with only the endpoints it calls
 * (shared by its instances, so a table's badges still batch their requests), and a page that only
 * embeds widgets downloads only their endpoints' response schemas. Options are checked now
 * (throws `CreditKitValidationError`, as `configure()` does); `undefined` clears them.
 * A client a widget is given, its `base-url`, and `configure()`'s client all come first.
 *
 * @example
 * configureWidgets({ baseUrl: '/api/credit/v1', credentials: 'include' });
 */
export function configureWidgets(options: ClientOptions | undefined): void {
  if (options !== undefined) resolveOptions(options);
  widgetOptions = options;
  clients.clear();
}

/**
 * The client `configureWidgets()`'s options give for one widget kind's endpoints (made once per
 * `methods` list), or `undefined` when `configureWidgets()` has not been called.
 */
export function widgetClient(methods: readonly MethodSet[]): CreditKitClient | undefined {
  if (widgetOptions === undefined) return undefined;
  let client = clients.get(methods);
  if (!client) clients.set(methods, (client = createClientWith(widgetOptions, methods)));
  return client;
}
