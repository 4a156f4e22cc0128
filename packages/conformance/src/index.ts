export { runConformance, type ConformanceOptions, type ConformanceReport } from './run-conformance.js';
export type { EndpointResult, CheckResult } from './recorder.js';
export { formatReport } from './format-report.js';
export { MOCK_ACTORS, type DecisionActors } from './decision-checks.js';
