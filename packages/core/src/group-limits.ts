import * as z from 'zod/mini';
import { Decimal, nonNegativeMoneyInput, toMoneyString } from './money.js';
import { parseWith } from './validate.js';

/**
 * How a group's limit relates to its members (domain.md §4): `joint` — one group limit used jointly;
 * `allocated` — the group limit is allocated to the members; `separate` — members rated separately,
 * their limits summed. In every mode the sum of the members' limits may not exceed the group limit.
 */
export const GROUP_LIMIT_MODES = ['joint', 'allocated', 'separate'] as const;
export type GroupLimitMode = (typeof GROUP_LIMIT_MODES)[number];

/** The group: its limit and mode (default `allocated`). */
export const groupSchema = z.object({
  groupLimit: nonNegativeMoneyInput,
  mode: z.optional(z.enum(GROUP_LIMIT_MODES)),
});
export type GroupInput = z.input<typeof groupSchema>;

/** The members: one limit per customer; a customer appears once. */
export const groupMembersSchema = z.array(z.object({ customerId: z.string().check(z.minLength(1)), limit: nonNegativeMoneyInput })).check(
  z.superRefine((members, ctx) => {
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

/** Result of `checkGroupLimits`. Amounts with 2 decimals. */
export interface GroupLimitCheck {
  readonly mode: GroupLimitMode;
  /** Sum of the members' limits. */
  readonly total: string;
  readonly groupLimit: string;
  /** `total` ≤ `groupLimit`. */
  readonly ok: boolean;
  /** How far the total is above the group limit (0 when ok). */
  readonly excess: string;
  /** Group limit not taken by the members (0 when over). */
  readonly unallocated: string;
  /** Each member with its share of the group limit (limit ÷ group limit, 4 decimals; `null` when the group limit is 0). */
  readonly members: { readonly customerId: string; readonly limit: string; readonly share: string | null }[];
}

/**
 * Checks the group rule of domain.md §4: the sum of the members' limits may not exceed the group limit.
 * The mode is carried through for the caller; the rule is the same in all three.
 *
 * @throws CreditKitValidationError naming each bad path (`groupLimit`, `members[2].limit`, a duplicate `members[3].customerId`).
 */
export function checkGroupLimits(group: GroupInput, members: readonly GroupMemberInput[]): GroupLimitCheck {
  const { groupLimit, mode = 'allocated' } = parseWith(groupSchema, group, 'group');
  const rows = parseWith(z.object({ members: groupMembersSchema }), { members }, 'group members').members;
  const limit = new Decimal(groupLimit);
  const total = rows.reduce((sum, member) => sum.plus(member.limit), new Decimal(0));
  const difference = total.minus(limit);
  return {
    mode,
    total: toMoneyString(total),
    groupLimit: toMoneyString(limit),
    ok: difference.lte(0),
    excess: toMoneyString(Decimal.max(difference, 0)),
    unallocated: toMoneyString(Decimal.max(difference.neg(), 0)),
    members: rows.map((member) => ({
      customerId: member.customerId,
      limit: toMoneyString(new Decimal(member.limit)),
      share: limit.isZero() ? null : new Decimal(member.limit).div(limit).toFixed(4, Decimal.ROUND_HALF_UP),
    })),
  };
}
