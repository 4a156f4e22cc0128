/** Where the contract lives under the service's origin. */
export const BASE_PATH = '/api/credit/v1';
