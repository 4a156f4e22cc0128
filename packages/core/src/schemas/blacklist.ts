import * as z from 'zod/mini';
import { requiredText, resourceId, timestamp } from './common.js';

/**
 * Blacklist workflow (000 黑名单客户管理: 上报、查询、撤销及政策设置). "下属企业…上报逾期严重的客户名单,总部通过审核后,
 * 该客户被记录到总部黑名单库中,全集团企业共同分享黑名单库…记录在册的客户与集团下任一家企业进行交易都会受到一定限制。
 * 客户提出撤销黑名单时,下属企业提交总部审批,如果总部审核通过才可从黑名单中撤销。"
 *
 * - `reported` — a subsidiary reported the customer; head office has not decided; trading not yet restricted.
 * - `listed` — head office approved: in the group-wide list, trading restricted.
 * - `rejected` — head office rejected the report.
 * - `removal-requested` — removal submitted to head office; still listed, still restricted.
 * - `removed` — head office approved the removal.
 */
export const BLACKLIST_STATUSES = ['reported', 'listed', 'rejected', 'removal-requested', 'removed'] as const;
export type BlacklistStatus = (typeof BLACKLIST_STATUSES)[number];

/** What happened to an entry: the audit trail. */
export const BLACKLIST_ACTIONS = ['report', 'approve', 'reject', 'request-removal', 'approve-removal', 'reject-removal'] as const;
export type BlacklistAction = (typeof BLACKLIST_ACTIONS)[number];

export const blacklistEventSchema = /* @__PURE__ */ z.object({
  action: /* @__PURE__ */ z.enum(BLACKLIST_ACTIONS),
  /** Who acted (user or unit); the host's identifier. */
  actor: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(200))),
  at: timestamp,
  note: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(2000))),
});
export type BlacklistEvent = z.output<typeof blacklistEventSchema>;

/** One blacklist entry: a customer's case, with its reason and history. */
export const blacklistEntrySchema = /* @__PURE__ */ z.object({
  id: resourceId,
  customerId: resourceId,
  customerName: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  status: /* @__PURE__ */ z.enum(BLACKLIST_STATUSES),
  /** Why the customer was reported (e.g. severely overdue), shown wherever the flag is shown. */
  reason: /* @__PURE__ */ requiredText(2000),
  /** The reporting unit 下属企业. */
  reportedBy: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(200))),
  /** Oldest first; never empty (the report is the first event). */
  history: /* @__PURE__ */ z.array(blacklistEventSchema).check(/* @__PURE__ */ z.minLength(1)),
});
export type BlacklistEntry = z.output<typeof blacklistEntrySchema>;

/** `GET /blacklist?status=&customerId=`: the group-wide list 黑名单库. */
export const blacklistListSchema = /* @__PURE__ */ z.object({ items: /* @__PURE__ */ z.array(blacklistEntrySchema) });
export type BlacklistList = z.output<typeof blacklistListSchema>;

/** `POST /blacklist`: a subsidiary reports a customer 上报. */
export const blacklistReportInputSchema = /* @__PURE__ */ z.object({
  customerId: resourceId,
  reason: /* @__PURE__ */ requiredText(2000),
  reportedBy: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(200))),
});
export type BlacklistReportInput = z.input<typeof blacklistReportInputSchema>;

/** `POST /blacklist/{id}/decisions`: head office approves or rejects what is pending (a report or a removal). */
export const blacklistDecisionInputSchema = /* @__PURE__ */ z.object({
  decision: /* @__PURE__ */ z.enum(['approve', 'reject']),
  note: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(2000))),
});
export type BlacklistDecisionInput = z.input<typeof blacklistDecisionInputSchema>;

/** `POST /blacklist/{id}/removal-requests`: the subsidiary submits the customer's request for removal 撤销. */
export const blacklistRemovalInputSchema = /* @__PURE__ */ z.object({ reason: /* @__PURE__ */ requiredText(2000) });
export type BlacklistRemovalInput = z.input<typeof blacklistRemovalInputSchema>;
