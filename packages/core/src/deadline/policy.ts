/**
 * How deadlines are judged; every choice a unit may make differently is here.
 * - beforeBoundCountsDueDay: "trước ngày D" literally means by D−1; reports
 *   usually count D itself as on time, so that is the default.
 * - rollForwardDirectiveDue: a directive's own due date on a day off stays as
 *   written unless this is on (directives name dates deliberately).
 * - rollForwardRelativePeriods: "trong thời hạn N ngày" is a legal period;
 *   Civil Code 2015 art. 148 ends it on the next working day when its last day is off.
 * - dueSoonWorkingDays: how many working days before the due date an open task
 *   is flagged "sắp đến hạn".
 */
export interface DeadlinePolicy {
  beforeBoundCountsDueDay: boolean;
  rollForwardDirectiveDue: boolean;
  rollForwardRelativePeriods: boolean;
  dueSoonWorkingDays: number;
}

export const DEFAULT_DEADLINE_POLICY: Readonly<DeadlinePolicy> = Object.freeze({
  beforeBoundCountsDueDay: true,
  rollForwardDirectiveDue: false,
  rollForwardRelativePeriods: true,
  dueSoonWorkingDays: 5,
});

/**
 * The default policy with a caller's overrides (undefined entries ignored).
 * No overrides, or the default itself, give the (frozen) default: rules call
 * this for every task of a report, so it builds nothing then.
 * @example policyWith({ beforeBoundCountsDueDay: false }).dueSoonWorkingDays // 5
 */
export function policyWith(overrides?: Partial<DeadlinePolicy>): DeadlinePolicy {
  if (overrides === undefined || overrides === DEFAULT_DEADLINE_POLICY)
    return DEFAULT_DEADLINE_POLICY;
  const d = DEFAULT_DEADLINE_POLICY;
  return {
    beforeBoundCountsDueDay: overrides.beforeBoundCountsDueDay ?? d.beforeBoundCountsDueDay,
    rollForwardDirectiveDue: overrides.rollForwardDirectiveDue ?? d.rollForwardDirectiveDue,
    rollForwardRelativePeriods:
      overrides.rollForwardRelativePeriods ?? d.rollForwardRelativePeriods,
    dueSoonWorkingDays: overrides.dueSoonWorkingDays ?? d.dueSoonWorkingDays,
  };
}
