/** Settings of the oversight rules that deployments may change (REPORT_GRACE_DAYS, PLAN_MAX_TERM_YEARS). */
export interface OversightSettings {
  /** Days after a quarter's last day before a quarterly report is late (Art. 4-1). */
  reportGraceDays: number;
  /** Longest plan term in years (house rule); DEFAULT_OVERSIGHT_SETTINGS's when absent. */
  planMaxTermYears?: number;
}

/** The settings when a deployment sets none: the values docs/domain.md §3 gives. */
export const DEFAULT_OVERSIGHT_SETTINGS: Readonly<Required<OversightSettings>> = { reportGraceDays: 15, planMaxTermYears: 10 };
