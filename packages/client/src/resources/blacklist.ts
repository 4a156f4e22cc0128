import { blacklistEntrySchema, blacklistListSchema, type BlacklistEntry, type BlacklistList } from '@credit-kit/core/lean';
import { endpoint } from '../endpoint.js';

/** The blacklist's endpoints (the contract has them; the client has no methods for them yet). */
export const BLACKLIST_ENDPOINTS = {
  listBlacklist: /* @__PURE__ */ endpoint<BlacklistList>('GET', '/blacklist', blacklistListSchema),
  reportBlacklist: /* @__PURE__ */ endpoint<BlacklistEntry>('POST', '/blacklist', blacklistEntrySchema),
  getBlacklistEntry: /* @__PURE__ */ endpoint<BlacklistEntry>('GET', '/blacklist/{id}', blacklistEntrySchema),
  decideBlacklist: /* @__PURE__ */ endpoint<BlacklistEntry>('POST', '/blacklist/{id}/decisions', blacklistEntrySchema),
  requestBlacklistRemoval: /* @__PURE__ */ endpoint<BlacklistEntry>('POST', '/blacklist/{id}/removal-requests', blacklistEntrySchema),
};
