/**
 * Intervals for the worsening w of a metric between baseline b and candidate c (w = b − c when
 * higher is better, w = c − b when lower is better), and the three-way decision of a baseline
 * rule on such an interval: pass when the whole interval is within the tolerance, fail when the
 * whole interval is beyond it, inconclusive otherwise.
 */
import { atLeast, atMost, exceeds } from '../numbers.js'
import { normalCdf, zForConfidence } from './normal.js'

export type Better = 'higher' | 'lower'
export type Interval = [number, number]
export type Decision = 'pass' | 'fail' | 'inconclusive'
export type IntervalMethod = 'newcombe' | 'normal'

/** What the metrics file says about one side's value and its noise. */
export interface SideStatistics {
  value: number
  /** Sample size; with a value in [0, 1], the value is read as a proportion of n. */
  n?: number
  /** Standard error of the value. */
  stderr?: number
  /** A confidence interval for the value, read at the policy's confidence level. */
  ci?: readonly [number, number]
}

/** The `statistics` of a check in the JSON report: an interval for w, in the metric's unit. */
export interface WorseningStatistics {
  method: IntervalMethod
  confidence: number
  interval: Interval
  /** Two-sided z-test of w = 0 (normal method only; Newcombe's interval is not a test). */
  p_value?: number
  /** What was assumed or derived, e.g. a standard error from a `ci`. */
  note?: string
}

export type WorseningResult = { ok: true; statistics: WorseningStatistics } | { ok: false; reason: string }

/**
 * Wilson's score interval for a proportion p observed in n trials (Wilson 1927; Newcombe 1998,
 * Statistics in Medicine 17:857–872, method 3). p need not be a whole count over n (a rounded or
 * averaged value is used as it is).
 */
export function wilsonInterval(p: number, n: number, z: number): Interval {
  const z2 = z * z
  const centre = p + z2 / (2 * n)
  const half = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))
  const scale = 1 + z2 / n
  return [Math.max(0, (centre - half) / scale), Math.min(1, (centre + half) / scale)]
}

/**
 * Newcombe's hybrid score interval for p1 − p2 of two independent proportions: method 10 of
 * Newcombe (1998), Statistics in Medicine 17:873–890, from the Wilson intervals [l1, u1], [l2, u2]:
 * [d − √((p1 − l1)² + (u2 − p2)²), d + √((u1 − p1)² + (p2 − l2)²)] with d = p1 − p2.
 */
export function newcombeInterval(p1: number, n1: number, p2: number, n2: number, confidence: number): Interval {
  const z = zForConfidence(confidence)
  const [l1, u1] = wilsonInterval(p1, n1, z)
  const [l2, u2] = wilsonInterval(p2, n2, z)
  const d = p1 - p2
  return [d - Math.hypot(p1 - l1, u2 - p2), d + Math.hypot(u1 - p1, p2 - l2)]
}

/** The Wald interval for p1 − p2 (Newcombe 1998, method 1): a reference, not used for decisions. */
export function waldInterval(p1: number, n1: number, p2: number, n2: number, confidence: number): Interval {
  const z = zForConfidence(confidence)
  const se = Math.sqrt((p1 * (1 - p1)) / n1 + (p2 * (1 - p2)) / n2)
  return [p1 - p2 - z * se, p1 - p2 + z * se]
}

/** estimate ± z·√(se1² + se2²): the normal interval for a difference of independent estimates. */
export function normalInterval(estimate: number, se1: number, se2: number, confidence: number): Interval {
  const half = zForConfidence(confidence) * Math.hypot(se1, se2)
  return [estimate - half, estimate + half]
}

/** The standard error implied by a two-sided interval at `confidence`: (hi − lo) / 2z. */
export function stderrFromCi(ci: readonly [number, number], confidence: number): number {
  return (ci[1] - ci[0]) / (2 * zForConfidence(confidence))
}

/** Two-sided p-value of a z-test of the difference `estimate` = 0 with standard error `se`. */
export function twoSidedPValue(estimate: number, se: number): number {
  return 2 * normalCdf(-Math.abs(estimate) / se)
}

type Side = 'baseline' | 'candidate'

interface Noise {
  se?: number
  source?: 'stderr' | 'ci' | 'n'
  proportion: boolean
}

function noiseOf(side: Side, s: SideStatistics, confidence: number): Noise | string {
  if (!Number.isFinite(s.value)) return `the ${side} value is not a finite number`
  if (s.n !== undefined && !(Number.isFinite(s.n) && s.n > 0)) return `the ${side} n is ${s.n}, not a positive count`
  if (s.stderr !== undefined && !(Number.isFinite(s.stderr) && s.stderr >= 0)) {
    return `the ${side} stderr is ${s.stderr}, not a non-negative number`
  }
  if (s.ci !== undefined) {
    const [lo, hi] = s.ci
    if (!(Number.isFinite(lo) && Number.isFinite(hi) && lo <= hi)) {
      return `the ${side} ci [${lo}, ${hi}] is not an interval from low to high`
    }
  }
  const proportion = s.n !== undefined && s.value >= 0 && s.value <= 1
  if (s.stderr !== undefined) return { se: s.stderr, source: 'stderr', proportion }
  if (s.ci !== undefined) return { se: stderrFromCi(s.ci, confidence), source: 'ci', proportion }
  if (proportion) return { se: Math.sqrt((s.value * (1 - s.value)) / (s.n as number)), source: 'n', proportion }
  return { proportion }
}

/**
 * The interval for w at `confidence`, or why there is none (the point rule applies). Choice:
 * 1. Both sides proportions (value in [0, 1] and n) and neither gives `stderr` or `ci`: Newcombe.
 * 2. Otherwise each side's standard error is its `stderr`, else (hi − lo)/2z from its `ci`, else
 *    √(p(1 − p)/n) for a proportion; an explicit stderr or ci wins over reading the value as a
 *    proportion, since a metric in [0, 1] with n (an AUC, say) is not necessarily one. With a
 *    standard error on both sides: normal, w ± z·√(se_b² + se_c²), p-value of w = 0.
 * 3. A standard error on one side only: normal, taking the other side's as equal (same
 *    evaluation set), said in `note`.
 * 4. None on either side: no interval.
 */
export function worseningInterval(
  baseline: SideStatistics,
  candidate: SideStatistics,
  better: Better,
  confidence: number,
): WorseningResult {
  if (!(confidence > 0 && confidence < 1)) {
    return { ok: false, reason: `the confidence ${confidence} is not between 0 and 1` }
  }
  const b = noiseOf('baseline', baseline, confidence)
  if (typeof b === 'string') return { ok: false, reason: b }
  const c = noiseOf('candidate', candidate, confidence)
  if (typeof c === 'string') return { ok: false, reason: c }
  const w = better === 'higher' ? baseline.value - candidate.value : candidate.value - baseline.value

  if (b.source === 'n' && c.source === 'n') {
    const interval =
      better === 'higher'
        ? newcombeInterval(baseline.value, baseline.n as number, candidate.value, candidate.n as number, confidence)
        : newcombeInterval(candidate.value, candidate.n as number, baseline.value, baseline.n as number, confidence)
    return { ok: true, statistics: { method: 'newcombe', confidence, interval } }
  }
  if (b.se === undefined && c.se === undefined) {
    return { ok: false, reason: 'neither side has n, stderr or ci' }
  }
  const notes: string[] = []
  const seB = b.se ?? (c.se as number)
  const seC = c.se ?? (b.se as number)
  if (b.se === undefined) notes.push("the baseline has no n, stderr or ci; its standard error is taken equal to the candidate's")
  if (c.se === undefined) notes.push("the candidate has no n, stderr or ci; its standard error is taken equal to the baseline's")
  for (const [side, noise] of [
    ['baseline', b],
    ['candidate', c],
  ] as const) {
    if (noise.source === 'ci') notes.push(`the ${side} standard error is derived from its ci`)
    if (noise.source === 'n') notes.push(`the ${side} standard error is √(p(1 − p)/n)`)
  }
  const se = Math.hypot(seB, seC)
  const statistics: WorseningStatistics = {
    method: 'normal',
    confidence,
    interval: normalInterval(w, seB, seC, confidence),
  }
  if (se > 0) statistics.p_value = twoSidedPValue(w, se)
  if (notes.length > 0) statistics.note = notes.join('; ')
  return { ok: true, statistics }
}

/**
 * `max_regression` with allowed worsening t (absolute, or p/100·|b| for a relative amount, or 0
 * for a relative amount against b = 0): the rule is w ≤ t. pass iff hi ≤ t; fail iff lo > t.
 */
export function decideMaxRegression([lo, hi]: Interval, allowed: number): Decision {
  if (atMost(hi, allowed, lo)) return 'pass'
  if (exceeds(lo, allowed, hi)) return 'fail'
  return 'inconclusive'
}

/**
 * `min_improvement` with required gain g: the rule is −w ≥ g, i.e. w ≤ −g. pass iff hi ≤ −g;
 * fail iff lo > −g. With `strict` (a relative amount against b = 0, where any gain is required:
 * −w > 0): pass iff hi < 0; fail iff lo ≥ 0.
 */
export function decideMinImprovement([lo, hi]: Interval, required: number, strict = false): Decision {
  if (strict) {
    if (exceeds(0, hi, lo)) return 'pass'
    if (atLeast(lo, 0, hi)) return 'fail'
    return 'inconclusive'
  }
  return decideMaxRegression([lo, hi], -required)
}

/**
 * `max_improvement` with allowed gain x (a change too good to be true): the rule is −w ≤ x, i.e.
 * w ≥ −x. pass iff lo ≥ −x; fail iff hi < −x.
 */
export function decideMaxImprovement([lo, hi]: Interval, allowed: number): Decision {
  if (atLeast(lo, -allowed, hi)) return 'pass'
  if (exceeds(-allowed, hi, lo)) return 'fail'
  return 'inconclusive'
}

/** A rule's amount as written: absolute (`0.01`) or relative to |baseline| (`5%`). */
export type RuleAmount = { kind: 'absolute'; value: number } | { kind: 'relative'; percent: number }

export type BaselineRuleKind = 'max_regression' | 'min_improvement' | 'max_improvement'

/**
 * The decision of a baseline rule on an interval for w, resolving the amount like the point
 * rules do: absolute x is x; relative p% is p/100·|b|; a relative amount against b = 0 allows no
 * worsening (max_regression: w ≤ 0), requires some gain (min_improvement: −w > 0) and allows no
 * gain (max_improvement: −w ≤ 0). On a point interval [w, w] this is the point rule, never
 * inconclusive.
 */
export function decideBaselineRule(rule: BaselineRuleKind, interval: Interval, amount: RuleAmount, baseline: number): Decision {
  const againstZero = amount.kind === 'relative' && baseline === 0
  const limit = amount.kind === 'absolute' ? amount.value : (amount.percent / 100) * Math.abs(baseline)
  switch (rule) {
    case 'max_regression':
      return decideMaxRegression(interval, againstZero ? 0 : limit)
    case 'min_improvement':
      return decideMinImprovement(interval, againstZero ? 0 : limit, againstZero)
    case 'max_improvement':
      return decideMaxImprovement(interval, againstZero ? 0 : limit)
  }
}
