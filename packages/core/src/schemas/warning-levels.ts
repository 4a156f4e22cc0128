import { parseIsoDay } from '../day-numbers.js';

// Apart from the warning-status schemas: schemas that only name a level (review policy) import this,
// and a bundler that places code by module (Rollup) then leaves the signal schemas out of their chunks;
// so does code that only compares levels or checks a signal's dates (the badge), which then shares
// no module with zod.

export const WARNING_LEVELS = ['none', 'yellow', 'orange', 'red'] as const;
export type WarningLevel = (typeof WARNING_LEVELS)[number];

export const SIGNAL_SEVERITIES = ['severe', 'ordinary', 'major'] as const;
export type SignalSeverity = (typeof SIGNAL_SEVERITIES)[number];

const RANK: Record<WarningLevel, number> = { none: 0, yellow: 1, orange: 2, red: 3 };

/** The worse of two warning levels. */
export function worseLevel(a: WarningLevel, b: WarningLevel): WarningLevel {
  return RANK[a] >= RANK[b] ? a : b;
}

/** Whether a signal is released (if at all) no earlier than it was raised. */
export function isReleasedNotBeforeRaised(signal: { readonly raisedOn: string; readonly releasedOn?: string | undefined }): boolean {
  return signal.releasedOn === undefined || parseIsoDay(signal.releasedOn) >= parseIsoDay(signal.raisedOn);
}
