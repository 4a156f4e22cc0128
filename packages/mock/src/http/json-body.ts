/** Deepest nesting of objects and arrays a request body may have (an application needs 5). */
export const MAX_JSON_DEPTH = 64;

/**
 * How deeply `text` nests objects and arrays, counted without parsing (brackets inside strings
 * do not count), stopping as soon as it passes `stopAt`. Lets a server refuse a body that would
 * make a recursive parser or validator overflow its stack, before it tries.
 */
export function jsonNestingDepth(text: string, stopAt = Infinity): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > stopAt) return deepest;
      }
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return deepest;
}
