/**
 * The row-expansion chunk, loaded with the first row a user expands: fetching a customer's open
 * items (server and report modes) and drawing the item rows.
 */
export { fetchCustomerItems } from './data/customer-items.js';
export { itemCell } from './render/item-cells.js';
