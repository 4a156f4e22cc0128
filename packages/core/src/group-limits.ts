import * as z from 'zod/mini';
import { Decimal, nonNegativeMoneyInput, toMoneyString } from './money.js';
import { parseWith } from './validate.js';

/**
 * How a group's limit relates to its members (002 篇二 四(三)):
 * - `joint` — 整体授信、统一使用额度: the head office holds the one group limit and lends it on; the members
 *   have no limits of their own ("对其下属子(分)公司不单独授信");
 * - `allocated` — 整体授信、分配额度: a group limit, allocated to the members, allocations summing ≤ the group limit;
 * - `separate` — 单独授信、汇总额度: each legal-person member rated on its own statements, the group total is
 *   their sum, and the head office itself gets no limit ("不对集团本部授信").
 * In every mode "集团公司内各分(子)公司的授信总额不得超过对集团公司核定的授信总额".
 */
export const GROUP_LIMIT_MODES = ['joint', 'allocated', 'separate'] as const;
export type GroupLimitMode = (typeof GROUP_LIMIT_MODES)[number];

/** The group: its limit and mode (default `allocated`). */
export const groupSchema = /* @__PURE__ */ z.object({
  groupLimit: nonNegativeMoneyInput,
  mode: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(GROUP_LIMIT_MODES)),
});
export type GroupInput = z.input<typeof groupSchema>;

/** The members: one limit per customer; a customer appears once. */
export const groupMembersSchema = /* @__PURE__ */ z.array(
  /* @__PURE__ */ z.object({
    customerId: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
    limit: nonNegativeMoneyInput,
    /** Has legal-person status (法人资格); default true. "不允许对不具备法人资格的分支公司客户授信". */
    legalPerson: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
    /** The group's head office 集团本部. */
    headOffice: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  }),
).check(
  /* @__PURE__ */ z.superRefine((members, ctx) => {
    const seen = new Set<string>();
    members.forEach((member, i) => {
      if (seen.has(member.customerId)) {
        ctx.issues.push({ code: 'custom', message: `appears twice: one customer, one limit`, path: [i, 'customerId'], input: member.customerId });
      }
      seen.add(member.customerId);
    });
  }),
);
export type GroupMemberInput = z.input<typeof groupMembersSchema>[number];

/** Stable codes of the group rules a set of limits may break. */
export type GroupLimitViolationCode =
  /** The members' limits sum to more than the group limit (every mode). */
  | 'over-group-limit'
  /** `joint`: a member other than the head office has a limit of its own. */
  | 'joint-member-limit'
  /** `separate`: the head office has a limit. */
  | 'separate-head-office-limit'
  /** A member without legal-person status has a limit. */
  | 'not-legal-person';

export interface GroupLimitViolation {
  readonly code: GroupLimitViolationCode;
  /** The member concerned; absent for `over-group-limit`. */
  readonly customerId?: string;
  readonly message: string;
}

/** Result of `checkGroupLimits`. Amounts with 2 decimals. */
export interface GroupLimitCheck {
  readonly mode: GroupLimitMode;
  /** Sum of the members' limits. */
  readonly total: string;
  readonly groupLimit: string;
  /** No rule broken (`violations` empty). */
  readonly ok: boolean;
  /** Every rule broken, in member order, `over-group-limit` first. */
  readonly violations: readonly GroupLimitViolation[];
  /** How far the total is above the group limit (0 when ok). */
  readonly excess: string;
  /** Group limit not taken by the members (0 when over). */
  readonly unallocated: string;
  /** Each member with its share of the group limit (limit ÷ group limit, 4 decimals; `null` when the group limit is 0). */
  readonly members: { readonly customerId: string; readonly limit: string; readonly share: string | null }[];
}

/**
 * Checks the group rules (002 篇二 四(三)(四)): the members' limits sum to at most the group limit; in
 * `joint` mode only the head office holds a limit; in `separate` mode the head office holds none; and a
 * member without legal-person status holds none in any mode.
 *
 * @throws CreditKitValidationError naming each bad path (`groupLimit`, `members[2].limit`, a duplicate `members[3].customerId`).
 */
export function checkGroupLimits(group: GroupInput, members: readonly GroupMemberInput[]): GroupLimitCheck {
  const { groupLimit, mode = 'allocated' } = parseWith(groupSchema, group, 'group');
  const rows = parseWith(z.object({ members: groupMembersSchema }), { members }, 'group members').members;
  const limit = new Decimal(groupLimit);
  const total = rows.reduce((sum, member) => sum.plus(member.limit), new Decimal(0));
  const difference = total.minus(limit);
  const violations: GroupLimitViolation[] = [];
  if (difference.gt(0)) {
    violations.push({ code: 'over-group-limit', message: `The members' limits sum to ${toMoneyString(total)}, ${toMoneyString(difference)} above the group limit.` });
  }
  for (const member of rows) {
    if (new Decimal(member.limit).isZero()) continue;
    if (member.legalPerson === false) {
      violations.push({ code: 'not-legal-person', customerId: member.customerId, message: `${member.customerId} has no legal-person status: it gets no limit of its own.` });
    } else if (mode === 'joint' && !member.headOffice) {
      violations.push({ code: 'joint-member-limit', customerId: member.customerId, message: `${member.customerId}: in a joint group limit the members have no limits of their own.` });
    } else if (mode === 'separate' && member.headOffice) {
      violations.push({ code: 'separate-head-office-limit', customerId: member.customerId, message: `${member.customerId} is the head office: separately rated groups give it no limit.` });
    }
  }
  return {
    mode,
    total: toMoneyString(total),
    groupLimit: toMoneyString(limit),
    ok: violations.length === 0,
    violations,
    excess: toMoneyString(Decimal.max(difference, 0)),
    unallocated: toMoneyString(Decimal.max(difference.neg(), 0)),
    members: rows.map((member) => ({
      customerId: member.customerId,
      limit: toMoneyString(new Decimal(member.limit)),
      share: limit.isZero() ? null : new Decimal(member.limit).div(limit).toFixed(4, Decimal.ROUND_HALF_UP),
    })),
  };
}

/** How a group is run, for `recommendGroupLimitMode`. */
export type GroupStructure =
  /** 紧密型: several legal persons, finance highly centralised, production, supply and sales managed as one. */
  | 'tight'
  /** 松散型: members of different risk, assets moved at non-arm's-length prices, weak control by the head office. */
  | 'loose'
  /** 控股管理型: assets in the subsidiaries, a head office with no operations, revenue or cash flow of its own. */
  | 'holding'
  /** A holding group that borrows and repays centrally (统贷统还), the head office raising and allotting the funds. */
  | 'holding-central-borrowing';

/**
 * The mode the practice recommends for a group (002 篇二 四(三)): tight groups "原则上采取'整体授信、分配额度'";
 * holding groups "原则上采取'单独授信、汇总额度'…不对集团本部授信", unless they borrow centrally ("也可采取
 * '整体授信、分配额度'"); loose groups "应当采取'单独授信、汇总额度'". A recommendation, not a rule.
 */
export function recommendGroupLimitMode(structure: GroupStructure): GroupLimitMode {
  return structure === 'tight' || structure === 'holding-central-borrowing' ? 'allocated' : 'separate';
}
