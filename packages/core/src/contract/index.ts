export * from './endpoints.js';
export { buildOpenApiDocument, CONTRACT_SCHEMAS } from './openapi.js';
