/**
 * The data shapes of KPIs, statistical decisions and fairness rules, as they flow through the
 * policy, the evaluation and the report. Plain data only.
 */
import type { Formula } from './kpi/formula.js'
import type { Unit } from './units.js'
import type { Better, GateRule, Location, Severity } from './types.js'

/** `statistics:` resolved for one gate or KPI. */
export interface StatisticsSettings {
  /** Two-sided confidence of the interval for w, in (0, 1). */
  confidence: number
  /** What an interval that straddles the tolerance does: `warn` (shown, never blocks) or `block`. */
  inconclusive: 'warn' | 'block'
}

/** The interval a statistical check decided on, for the worsening w in the metric's unit. */
export interface CheckStatistics {
  /** `newcombe`, `normal`, `delta` (a KPI: the delta method), or a paired method (`bootstrap`, `mcnemar`, ...). */
  method: string
  confidence: number
  interval: [number, number]
  p_value?: number
  /** What was assumed or derived, e.g. a standard error from a `ci`. */
  note?: string
}

/** One entry of `kpis:`: the formula, its unit, and a gate (rules, better, severity, statistics). */
export interface KpiDefinition {
  name: string
  formula: Formula
  /** The formula as written. */
  formulaText: string
  /** The metric and constant names the formula uses, in order of first use. */
  names: string[]
  unit?: Unit
  /** The unit as written. */
  unitText?: string
  /** The KPI's rules, as a gate whose pattern is the KPI's name. */
  gate: GateRule
  /** Where the formula's text starts in the policy file (for a problem inside it). */
  formulaLocation?: Location
}

/** One entry of `fairness:`. */
export interface FairnessPolicy {
  /** A wildcard metric pattern such as `slices.*.recall`. */
  pattern: string
  maxGap?: number
  minRatio?: number
  maxGapRegression?: number
  minN?: number
  better: Better
  severity: Severity
  location?: Location
}

/** A slice and its value in a fairness check. */
export interface FairnessSlice {
  slice: string
  metric: string
  value: number
  n?: number
}

/** What a fairness check compared, for the comment and the report. */
export interface FairnessView {
  /** The slices compared, in name order. */
  slices: FairnessSlice[]
  best?: FairnessSlice
  worst?: FairnessSlice
  gap?: number
  ratio?: number
  /** Slices left out: below `min_n`, or with a value that is not a finite number. */
  skipped: Array<{ slice: string; metric: string; n?: number; note: string }>
  /** The baseline's gap over the same slices, for `max_gap_regression`. */
  baselineGap?: number
}
