export * from './endpoints.js';
export { buildOpenApiDocument } from './openapi.js';
