import type { CommonMessages } from '../i18n/common-messages.js';

/** What the error panel says about an error, in the reader's language, plus details for developers. */
export interface ErrorDescription {
  readonly message: string;
  readonly details?: string;
  /** Whether trying again may help (network, time-out, 5xx, 429). */
  readonly retryable: boolean;
}

interface ErrorLike {
  name?: string;
  message?: string;
  status?: number;
  endpoint?: string;
  issues?: readonly { path: string; message: string }[];
}

/** Maps the client's typed errors to words. Matches on `name`, so two copies of the client still map. */
export function describeError(error: unknown, t: CommonMessages['errors']): ErrorDescription {
  const e = (typeof error === 'object' && error !== null ? error : {}) as ErrorLike;
  const technical = [e.endpoint, e.message, ...(e.issues ?? []).slice(0, 5).map((i) => `${i.path}: ${i.message}`)]
    .filter(Boolean)
    .join('\n');
  const details = technical || undefined;
  switch (e.name) {
    case 'NetworkError':
      return { message: t.network, details, retryable: true };
    case 'TimeoutError':
      return { message: t.timeout, details, retryable: true };
    case 'ResponseValidationError':
      return { message: t.invalidResponse, details, retryable: true };
    case 'CreditKitValidationError':
      return { message: t.invalidInput, details, retryable: false };
    case 'CreditKitConfigurationError':
      return { message: t.notConfigured, details, retryable: true };
    case 'ApiError': {
      const status = e.status ?? 0;
      if (status === 401) return { message: t.unauthorized, details, retryable: true };
      if (status === 403) return { message: t.forbidden, details, retryable: false };
      if (status === 404) return { message: t.notFound, details, retryable: true };
      if (status === 429) return { message: t.busy, details, retryable: true };
      return { message: status >= 500 ? t.server : t.unknown, details, retryable: true };
    }
    default:
      return { message: t.unknown, details, retryable: true };
  }
}
