import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { WARNING_LEVELS, creditExposure, isPositiveDecimal, shownWarningLevel, signedMinorUnits, todayIso, type CreditPolicy, type CreditProfile, type WarningLevel, type WarningStatus } from '@credit-kit/core/lean';
import type { CreditKitClient } from '@credit-kit/client';
import type { ExternalKeys } from '../view/row-view.js';
import type { AgingRow } from './aging-model.js';
import { LazyDetails } from './lazy-details.js';
import { warningLevelOf } from './warning-level.js';

/** What the credit profile adds to a row. */
export interface ProfileView {
  readonly granted: string;
  readonly currency: string;
  readonly utilisation: string | null;
  /** Nothing is granted (core's `noLimit`): no utilisation, over the limit by the whole exposure. */
  readonly noLimit: boolean;
  /** How far over the limit (core's `overBy`: with no limit, the whole exposure), `0.00` when not over. */
  readonly overBy: string;
  readonly blacklisted: boolean;
}

/** What the details read from the table. */
export interface CustomerDetailsHost extends ReactiveControllerHost {
  readonly profiles?: Readonly<Record<string, CreditProfile>>;
  readonly warnings?: Readonly<Record<string, WarningStatus>>;
  readonly blacklist?: readonly string[];
}

/** Wait after scrolling settles before fetching the details of the rows drawn, ms. */
const SETTLE_MS = 150;

/**
 * Per-customer details of the rows: credit profile (limit, utilisation by core's `creditExposure`,
 * blacklist) and warning status (level: core's `shownWarningLevel`), handed over by property or
 * fetched for the rows on screen once scrolling settles.
 */
export class CustomerDetailsController implements ReactiveController {
  private readonly profileViews = new WeakMap<CreditProfile, ProfileView>();
  private readonly warningLevels = new WeakMap<WarningStatus, WarningLevel>();
  private levelOf?: (status: WarningStatus, asOf: string) => WarningLevel | undefined;
  private settleTimer?: ReturnType<typeof setTimeout>;
  private readonly lazyProfiles: LazyDetails<CreditProfile>;
  private readonly lazyWarnings: LazyDetails<WarningStatus>;

  constructor(
    private readonly host: CustomerDetailsHost,
    private readonly client: () => CreditKitClient | undefined,
    private readonly context: () => { policy?: CreditPolicy; asOf?: string },
  ) {
    host.addController(this);
    const changed = () => host.requestUpdate();
    this.lazyProfiles = new LazyDetails((id, signal) => this.client()!.getCreditProfile(id, { signal }), changed);
    this.lazyWarnings = new LazyDetails((id, signal) => this.client()!.getWarning(id, { signal }), changed, 100);
  }

  /** Forgets what was fetched (new data). */
  clear(): void {
    this.lazyProfiles.clear();
    this.lazyWarnings.clear();
  }

  /** A profile is being fetched for `customerId`. */
  profilePending(customerId: string): boolean {
    return !this.host.profiles && this.lazyProfiles.pending(customerId);
  }

  /** A warning status is being fetched for `customerId`. */
  warningPending(customerId: string): boolean {
    return !this.host.warnings && this.lazyWarnings.pending(customerId);
  }

  profileView(customerId: string): ProfileView | Error | undefined {
    const profile = this.host.profiles ? this.host.profiles[customerId] : this.lazyProfiles.get(customerId);
    if (!profile || profile instanceof Error) return profile;
    let view = this.profileViews.get(profile);
    if (!view) {
      let exposure: Pick<ProfileView, 'utilisation' | 'noLimit' | 'overBy'> = { utilisation: null, noLimit: false, overBy: '0.00' };
      try {
        exposure = creditExposure({ granted: profile.granted, components: profile.components }, this.context().policy?.creditCheck);
      } catch {
        // A profile core cannot read: utilisation not known.
      }
      const { utilisation, noLimit, overBy } = exposure;
      view = { granted: profile.granted, currency: profile.currency, utilisation, noLimit, overBy, blacklisted: profile.blacklisted };
      this.profileViews.set(profile, view);
    }
    return view;
  }

  warningStatus(customerId: string): WarningStatus | Error | undefined {
    return this.host.warnings ? this.host.warnings[customerId] : this.lazyWarnings.get(customerId);
  }

  /** The level shown for a customer, when known (signals are evaluated once `loadWarningLevels` has run). */
  warningLevel(customerId: string): WarningLevel | undefined {
    const status = this.warningStatus(customerId);
    if (!status || status instanceof Error) return undefined;
    return shownWarningLevel(status, () => {
      let level = this.warningLevels.get(status);
      if (level === undefined && this.levelOf) {
        level = this.levelOf(status, this.context().asOf ?? todayIso());
        if (level) this.warningLevels.set(status, level);
      }
      return level;
    });
  }

  /** Turns on the evaluator of warning signals (for hosts that send signals without a level). */
  async loadWarningLevels(): Promise<void> {
    this.levelOf ??= warningLevelOf;
  }

  isBlacklisted(row: AgingRow): boolean {
    if (row.blacklisted || this.host.blacklist?.includes(row.customerId)) return true;
    const profile = this.profileView(row.customerId);
    return !!profile && !(profile instanceof Error) && profile.blacklisted;
  }

  /** Sort keys of the columns the rows do not carry: limit and utilisation in exact minor units, warning level by rank. */
  sortKeys(): ExternalKeys {
    return {
      limit: (row) => {
        const p = this.profileView(row.customerId);
        return p instanceof Error || !p ? NaN : signedMinorUnits(p.granted, 6);
      },
      utilisation: (row) => {
        const p = this.profileView(row.customerId);
        if (p instanceof Error || !p) return NaN;
        // No limit and anything used: over by all of it, past every utilisation.
        if (p.noLimit) return isPositiveDecimal(p.overBy) ? Number.POSITIVE_INFINITY : 0;
        return p.utilisation === null ? NaN : signedMinorUnits(p.utilisation, 6);
      },
      warning: (row) => {
        const level = this.warningLevel(row.customerId);
        return level === undefined ? NaN : WARNING_LEVELS.indexOf(level);
      },
    };
  }

  /** After scrolling settles: fetches the profiles and warnings of the customers `visible()` gives. */
  schedule(visible: () => string[]): void {
    if (this.settleTimer) clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => {
      this.settleTimer = undefined;
      if (this.host.profiles && this.host.warnings) return;
      if (!this.client()) return;
      const ids = visible();
      if (!this.host.profiles) this.lazyProfiles.request(ids);
      if (!this.host.warnings) this.lazyWarnings.request(ids);
    }, SETTLE_MS);
  }

  hostDisconnected(): void {
    if (this.settleTimer) clearTimeout(this.settleTimer);
  }
}
