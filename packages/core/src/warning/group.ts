import * as z from 'zod/mini';
import { WARNING_LEVELS, type WarningLevel } from '../schemas/warning-levels.js';

export { worseLevel } from '../schemas/warning-levels.js';
import { parseWith } from '../validate.js';

/** Days within which a related member's propagated warning must be reported ("发现问题后的2日内"). */
export const GROUP_WARNING_REPORT_DAYS = 2;

const membersSchema = /* @__PURE__ */ z.array(
  /* @__PURE__ */ z.object({
    customerId: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
    /** The group 集团; members of one group are related. No group: related to nobody. */
    groupId: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
    /** The member's own warning level. */
    level: /* @__PURE__ */ z.enum(WARNING_LEVELS),
    /** Has a credit relationship with us ("在我行有贷款关系"); default true. Only those are put on the list. */
    creditRelationship: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  }),
);
export type GroupWarningMemberInput = z.input<typeof membersSchema>[number];

/** One member after propagation. */
export interface GroupWarningPropagation {
  readonly customerId: string;
  /** The member's own level. */
  readonly ownLevel: WarningLevel;
  /** The worse of its own level and the worst level of a related member. */
  readonly level: WarningLevel;
  /** The related members under a warning worse than its own, worst first: why its level rose. */
  readonly propagatedFrom: readonly { readonly customerId: string; readonly level: WarningLevel }[];
  /** 2 when the level rose by propagation: the related member's warning is reported within 2 days. */
  readonly reportWithinDays?: number;
}

const RANK: Record<WarningLevel, number> = { none: 0, yellow: 1, orange: 2, red: 3 };

/**
 * Group warning propagation (003 公司客户贷款风险预警制度 第十一条(一)5): "集团关联企业中有一户企业发生风险预警的,
 * 其在我行有贷款关系的关联企业,均按预警级别列入业务风险预警信息上报范围。上报时间为发现问题后的2日内。"
 *
 * Every member with a credit relationship takes at least the level of any related member (same `groupId`)
 * under warning; `propagatedFrom` lists those members whose level is worse than its own. Members without a
 * credit relationship keep their own level. Input order is kept.
 *
 * @throws CreditKitValidationError naming each bad path
 */
export function propagateGroupWarnings(members: readonly GroupWarningMemberInput[]): GroupWarningPropagation[] {
  const rows = parseWith(z.object({ members: membersSchema }), { members }, 'group warning members').members;
  return rows.map((member) => {
    const related =
      member.groupId === undefined || member.creditRelationship === false
        ? []
        : rows.filter((other) => other.groupId === member.groupId && other.customerId !== member.customerId && RANK[other.level] > RANK[member.level]);
    related.sort((a, b) => RANK[b.level] - RANK[a.level]);
    const level = related[0]?.level ?? member.level;
    return {
      customerId: member.customerId,
      ownLevel: member.level,
      level,
      propagatedFrom: related.map((r) => ({ customerId: r.customerId, level: r.level })),
      ...(related.length ? { reportWithinDays: GROUP_WARNING_REPORT_DAYS } : {}),
    };
  });
}
