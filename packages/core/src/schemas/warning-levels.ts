// Apart from the warning-status schemas: schemas that only name a level (review policy) import this,
// and a bundler that places code by module (Rollup) then leaves the signal schemas out of their chunks.

export const WARNING_LEVELS = ['none', 'yellow', 'orange', 'red'] as const;
export type WarningLevel = (typeof WARNING_LEVELS)[number];

export const SIGNAL_SEVERITIES = ['severe', 'ordinary', 'major'] as const;
export type SignalSeverity = (typeof SIGNAL_SEVERITIES)[number];
