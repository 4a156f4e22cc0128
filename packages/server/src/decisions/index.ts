export { registerDecisionRoutes } from './routes.js';
export { loadDecisionPolicies, storeDecisionPolicies, readPolicyFile, type DecisionPolicies } from './policies.js';
export { writeSeededLimitRequests } from './store.js';
