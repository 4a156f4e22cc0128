import { findDefaultClient, widgetClient, type CreditKitClient } from '@credit-kit/client';
import { createClientWith, type MethodSet } from '@credit-kit/client/resources';

/**
 * Finds the client a widget talks to: the one it was given, else one made (once per URL) from
 * its `base-url` with the widget's own endpoints (`methods`, see `CreditKitElement.clientMethods`),
 * else the page-wide client from `configure()`, else one made (once per widget kind) from
 * `configureWidgets()`'s options with the widget's endpoints; `undefined` when there is none.
 * The one place this order is written: widgets ask it instead of probing `resolveClient()`.
 */
export class ClientLookup {
  private own?: { baseUrl: string; client: CreditKitClient };

  find(given: CreditKitClient | undefined, baseUrl: string | undefined, methods: readonly MethodSet[] = []): CreditKitClient | undefined {
    if (given) return given;
    if (baseUrl) {
      if (this.own?.baseUrl !== baseUrl) this.own = { baseUrl, client: createClientWith({ baseUrl }, methods) };
      return this.own.client;
    }
    return findDefaultClient() ?? widgetClient(methods);
  }
}
