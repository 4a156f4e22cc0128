export * from './errors.js';
export { parseWith, toValidationIssues, formatPath } from './validate.js';
export * from './money.js';
export * from './dates.js';
export * from './grades.js';
export * from './schemas/policy.js';
