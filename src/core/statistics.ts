/**
 * Noise-aware baseline rules: with `statistics:` on, a baseline rule decides on an interval for
 * the worsening w instead of its point value. pass when the whole interval is within the rule's
 * bounds (`bounds(spec, b)` of the rule kind), fail when the whole interval is beyond them,
 * otherwise inconclusive. The interval comes from the paired predictions when the caller has one
 * for the metric, else from the metric's `n` / `stderr` / `ci` on both sides
 * (`stats/intervals.ts`); without any, the point rule applies and the check says so.
 */
import type { Better, CheckStatistics, Metric } from './types.js'
import type { WorseningBounds } from './rules/index.js'
import { atLeast, atMost, exceeds } from './numbers.js'
import { worseningInterval, type Decision, type SideStatistics } from './stats/intervals.js'
import { zForConfidence } from './stats/normal.js'
import { evaluateFormula, type Formula } from './kpi/formula.js'

/** An interval for the worsening w of a metric, already oriented (from paired predictions). */
export interface PairedInterval {
  method: string
  confidence: number
  interval: [number, number]
  p_value?: number
}

/**
 * The decision of bounds on w over an interval [lo, hi]. For `max`: pass iff hi ≤ max (strict:
 * hi < max), fail iff lo > max (strict: lo ≥ max). For `min`: pass iff lo ≥ min, fail iff
 * hi < min. Both: fail if either fails, pass if both pass. On a point interval [w, w] this is
 * the point rule, never inconclusive.
 */
export function decideBounds([lo, hi]: readonly [number, number], bounds: WorseningBounds): Decision {
  const decisions: Decision[] = []
  if (bounds.max !== undefined) {
    const max = bounds.max
    if (bounds.strict) decisions.push(exceeds(max, hi, lo) ? 'pass' : atLeast(lo, max, hi) ? 'fail' : 'inconclusive')
    else decisions.push(atMost(hi, max, lo) ? 'pass' : exceeds(lo, max, hi) ? 'fail' : 'inconclusive')
  }
  if (bounds.min !== undefined) {
    const min = bounds.min
    decisions.push(atLeast(lo, min, hi) ? 'pass' : exceeds(min, hi, lo) ? 'fail' : 'inconclusive')
  }
  if (decisions.includes('fail')) return 'fail'
  if (decisions.every((d) => d === 'pass')) return 'pass'
  return 'inconclusive'
}

function side(metric: Metric, value: number): SideStatistics {
  const s: SideStatistics = { value }
  if (metric.n !== undefined) s.n = metric.n
  if (metric.stderr !== undefined) s.stderr = metric.stderr
  if (metric.ci !== undefined) s.ci = metric.ci
  return s
}

export type IntervalResult = { ok: true; statistics: CheckStatistics } | { ok: false; reason: string }

/**
 * The interval for w of one metric at `confidence`: the paired one when given (it must be at the
 * same confidence), else from the summaries of both sides, else why there is none.
 */
export function metricInterval(
  baseline: Metric,
  candidate: Metric,
  b: number,
  c: number,
  better: Better,
  confidence: number,
  paired?: PairedInterval,
): IntervalResult {
  if (paired !== undefined) {
    const [lo, hi] = paired.interval
    if (Number.isFinite(lo) && Number.isFinite(hi) && lo <= hi) {
      const statistics: CheckStatistics = { method: paired.method, confidence: paired.confidence, interval: [lo, hi] }
      if (paired.p_value !== undefined) statistics.p_value = paired.p_value
      return { ok: true, statistics }
    }
  }
  const result = worseningInterval(side(baseline, b), side(candidate, c), better, confidence)
  if (!result.ok) return result
  const { method, interval, p_value, note } = result.statistics
  const statistics: CheckStatistics = { method, confidence, interval: [interval[0], interval[1]] }
  if (p_value !== undefined) statistics.p_value = p_value
  if (note !== undefined) statistics.note = note
  return { ok: true, statistics }
}

/** The standard error of one metric value: stderr, else from its ci, else √(p(1 − p)/n) for a proportion. */
export function standardError(metric: Metric, confidence: number): number | undefined {
  const value = metric.value
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined
  if (metric.stderr !== undefined && Number.isFinite(metric.stderr) && metric.stderr >= 0) return metric.stderr
  if (metric.ci !== undefined && Number.isFinite(metric.ci[0]) && Number.isFinite(metric.ci[1]) && metric.ci[0] <= metric.ci[1]) {
    return (metric.ci[1] - metric.ci[0]) / (2 * zForConfidence(confidence))
  }
  if (metric.n !== undefined && metric.n > 0 && value >= 0 && value <= 1) return Math.sqrt((value * (1 - value)) / metric.n)
  return undefined
}

/**
 * The standard error of a KPI by the delta method: √Σ (∂f/∂mᵢ · seᵢ)², the metrics taken as
 * independent, each derivative a central difference at the metric's value (a formula is piecewise
 * linear or smooth, so this is exact for the linear formulas KPIs usually are). Undefined, with
 * the metric, when a metric the formula uses has no standard error.
 */
export function kpiStandardError(
  formula: Formula,
  names: readonly string[],
  lookup: (name: string) => number | undefined,
  metrics: ReadonlyMap<string, Metric>,
  confidence: number,
): { se: number } | { missing: string } {
  let sum = 0
  for (const name of names) {
    const metric = metrics.get(name)
    if (metric === undefined) continue
    const se = standardError(metric, confidence)
    if (se === undefined) return { missing: name }
    if (se === 0) continue
    const at = (delta: number) => evaluateFormula(formula, (n) => (n === name ? (lookup(n) as number) + delta : lookup(n)))
    const h = se * 1e-3
    const up = at(h)
    const down = at(-h)
    if (!up.ok || !down.ok) return { missing: name }
    const derivative = (up.value - down.value) / (2 * h)
    sum += (derivative * se) ** 2
  }
  return { se: Math.sqrt(sum) }
}

/** w ± z·√(se_b² + se_c²), the KPI's interval by the delta method. */
export function kpiInterval(w: number, seB: number, seC: number, confidence: number): CheckStatistics {
  const half = zForConfidence(confidence) * Math.hypot(seB, seC)
  return {
    method: 'delta',
    confidence,
    interval: [w - half, w + half],
    note: 'delta method; the metrics of the formula taken as independent',
  }
}
