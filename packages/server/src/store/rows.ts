/** Helpers for mapping rows to wire documents: SQL NULL means "absent" on the wire. */

/** `obj` without the keys whose value is null or undefined. */
export function compact<T extends Record<string, unknown>>(obj: T): { [K in keyof T]: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== null && v !== undefined)) as { [K in keyof T]: Exclude<T[K], null> };
}

/** A NUMERIC column's text as the contract writes amounts (PostgreSQL keeps the scale it was given). */
export function money(value: unknown): string {
  return String(value);
}

export function optionalMoney(value: unknown): string | undefined {
  return value === null || value === undefined ? undefined : String(value);
}
