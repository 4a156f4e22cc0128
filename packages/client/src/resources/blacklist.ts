import { blacklistEntrySchema, blacklistListSchema, type BlacklistEntry, type BlacklistList } from '@credit-kit/core';
import { endpoint } from '../endpoint.js';

/** The blacklist's endpoints (the contract has them; the client has no methods for them yet). */
export const BLACKLIST_ENDPOINTS = {
  listBlacklist: endpoint<BlacklistList>('GET', '/blacklist', blacklistListSchema),
  reportBlacklist: endpoint<BlacklistEntry>('POST', '/blacklist', blacklistEntrySchema),
  getBlacklistEntry: endpoint<BlacklistEntry>('GET', '/blacklist/{id}', blacklistEntrySchema),
  decideBlacklist: endpoint<BlacklistEntry>('POST', '/blacklist/{id}/decisions', blacklistEntrySchema),
  requestBlacklistRemoval: endpoint<BlacklistEntry>('POST', '/blacklist/{id}/removal-requests', blacklistEntrySchema),
};
