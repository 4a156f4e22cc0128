import type { FieldIssue } from './validation.js';
import type { RowList } from './form-model.js';

/** The field a new or remaining row's focus goes to. */
export function firstFieldOf(list: 'applicant.contacts' | 'guarantees', index: number): string {
  return `${list}[${index}].${list === 'guarantees' ? 'kind' : 'name'}`;
}

/** `guarantees[3].owner` after row 1 of `guarantees` is removed: `guarantees[2].owner`; a key of row 1 itself: `undefined`. */
export function shiftKey(key: string, list: RowList, removed: number): string | undefined {
  const prefix = `${list}[`;
  if (!key.startsWith(prefix)) return key;
  const close = key.indexOf(']', prefix.length);
  const index = Number(key.slice(prefix.length, close));
  if (index === removed) return undefined;
  return index > removed ? `${prefix}${index - 1}${key.slice(close)}` : key;
}

/** The keys after row `removed` of `list` is removed: the row's own dropped, later rows moved up. */
export function shiftKeys(keys: Iterable<string>, list: RowList, removed: number): Set<string> {
  const out = new Set<string>();
  for (const key of keys) {
    const shifted = shiftKey(key, list, removed);
    if (shifted !== undefined) out.add(shifted);
  }
  return out;
}

/** Issues keyed by field after row `removed` of `list` is removed, each re-keyed to its row's new place. */
export function shiftIssues(issues: ReadonlyMap<string, FieldIssue>, list: RowList, removed: number): Map<string, FieldIssue> {
  const out = new Map<string, FieldIssue>();
  for (const [key, issue] of issues) {
    const shifted = shiftKey(key, list, removed);
    if (shifted !== undefined) out.set(shifted, { ...issue, key: shifted });
  }
  return out;
}
