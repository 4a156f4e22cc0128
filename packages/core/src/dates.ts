import * as z from 'zod/mini';
import { _isoDate } from 'zod/v4/core';

// The date schema, apart from the calendar's functions (day-numbers.ts), which import no zod: code that
// computes with dates but validates nothing with zod (the warning badge's) then shares no module with
// zod, and a bundler that places code by module (Rollup) leaves zod out of its chunks.

const DATE_MESSAGE = 'must be a real calendar date written YYYY-MM-DD';

/**
 * Schema of a `YYYY-MM-DD` calendar date.
 * Built from the format's class rather than `z.iso.*`: reading the `iso` namespace keeps all four ISO
 * formats (and their patterns) in a bundle.
 */
export const isoDate = /* @__PURE__ */ _isoDate(z.ZodMiniISODate, { error: DATE_MESSAGE });
