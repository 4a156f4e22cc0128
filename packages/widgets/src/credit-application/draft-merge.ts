import type { ApplicationForm } from './form-model.js';

/** What a merge gives: the combined form, and how many places both sides changed differently (this side won). */
export interface MergeResult {
  readonly form: ApplicationForm;
  readonly conflicts: number;
}

type Json = string | number | boolean | null | undefined | Json[] | { [key: string]: Json };

const isObject = (value: Json): value is { [key: string]: Json } => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Structural equality of plain JSON (the form is strings in objects and arrays). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameJson(item, b[i]));
  if (isObject(a as Json) && isObject(b as Json)) {
    const x = a as Record<string, unknown>;
    const y = b as Record<string, unknown>;
    const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
    for (const key of keys) if (!sameJson(x[key], y[key])) return false;
    return true;
  }
  return false;
}

function merge3(base: Json, local: Json, remote: Json, counter: { conflicts: number }): Json {
  if (sameJson(local, base)) return remote;
  if (sameJson(remote, base) || sameJson(local, remote)) return local;
  if (isObject(local) && isObject(remote)) {
    const from = isObject(base) ? base : {};
    const out: { [key: string]: Json } = {};
    for (const key of new Set([...Object.keys(local), ...Object.keys(remote)])) out[key] = merge3(from[key], local[key], remote[key], counter);
    return out;
  }
  // Rows have no identity but their place: merged row by row while both sides keep the same rows.
  if (Array.isArray(local) && Array.isArray(remote) && local.length === remote.length) {
    const from = Array.isArray(base) && base.length === local.length ? base : [];
    return local.map((item, i) => merge3(from[i], item, remote[i], counter));
  }
  counter.conflicts++;
  return local;
}

/**
 * Three-way merge of two tabs' edits of one draft, field by field: `base` is what this tab last
 * read or wrote, `local` what it holds now, `remote` what another tab stored. A field changed on
 * one side only takes that side's value; a field both changed (or a row list both resized) keeps
 * `local` and counts as a conflict.
 */
export function mergeForms(base: ApplicationForm, local: ApplicationForm, remote: ApplicationForm): MergeResult {
  const counter = { conflicts: 0 };
  const form = merge3(base as unknown as Json, local as unknown as Json, remote as unknown as Json, counter) as unknown as ApplicationForm;
  return { form, conflicts: counter.conflicts };
}
