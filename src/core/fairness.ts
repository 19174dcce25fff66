/**
 * Fairness across slices: for the metrics one wildcard pattern matches (`slices.*.recall`), the
 * gap between the best and the worst slice, their ratio, and the checks `max_gap`, `min_ratio`
 * (0.8 is the four-fifths rule) and `max_gap_regression` (against the baseline's gap).
 *
 * - gap = max − min of the slice values; ratio = min ÷ max. The ratio is 1 when every value is 0
 *   (no disparity) and undefined when any value is negative, so `min_ratio` then cannot be
 *   checked (status `not-applicable`, with the reason).
 * - Best and worst follow `better`: with higher is better the best slice has the highest value.
 *   Ties go to the slice whose name sorts first.
 * - `min_n`: a slice whose `n` is below it is skipped and listed in `skipped` with a note; a slice
 *   without `n` is kept and listed in `withoutN`. Non-finite values are listed in `invalid`.
 *   Fewer than two slices left: nothing to compare, every check is `not-applicable`.
 * - `max_gap_regression` compares like with like: both gaps over the slices kept on both sides.
 */
import { atLeast, atMost } from './numbers.js'

export interface SliceValue {
  /** The slice's name, e.g. `mobile` for `slices.mobile.recall`. */
  slice: string
  value: number
  n?: number
}

export interface FairnessRule {
  maxGap?: number
  minRatio?: number
  maxGapRegression?: number
  minN?: number
}

export type FairnessStatus = 'pass' | 'fail' | 'not-applicable'

export interface FairnessCheck {
  rule: 'max_gap' | 'min_ratio' | 'max_gap_regression'
  status: FairnessStatus
  /** The measured quantity: the gap, the ratio, or the widening of the gap. */
  actual?: number
  limit: number
  /** Why a check is not applicable. */
  reason?: string
}

export interface SpreadSummary {
  best: SliceValue
  worst: SliceValue
  gap: number
  /** undefined when a value is negative. */
  ratio?: number
}

export interface FairnessResult {
  /** The slices compared, in name order. */
  slices: SliceValue[]
  /** Undefined with fewer than two slices. */
  spread?: SpreadSummary
  skipped: { slice: string; n: number; note: string }[]
  withoutN: string[]
  invalid: { slice: string; note: string }[]
  baseline?: { slices: string[]; gap: number; candidateGap: number }
  checks: FairnessCheck[]
}

function byName(a: SliceValue, b: SliceValue): number {
  return a.slice < b.slice ? -1 : a.slice > b.slice ? 1 : 0
}

interface Kept {
  slices: SliceValue[]
  skipped: FairnessResult['skipped']
  withoutN: string[]
  invalid: FairnessResult['invalid']
}

function keep(values: SliceValue[], minN: number | undefined): Kept {
  const kept: Kept = { slices: [], skipped: [], withoutN: [], invalid: [] }
  for (const v of [...values].sort(byName)) {
    if (!Number.isFinite(v.value)) {
      kept.invalid.push({ slice: v.slice, note: `${String(v.value)} is not a finite number` })
    } else if (minN !== undefined && v.n === undefined) {
      kept.withoutN.push(v.slice)
      kept.slices.push(v)
    } else if (minN !== undefined && v.n !== undefined && v.n < minN) {
      kept.skipped.push({ slice: v.slice, n: v.n, note: `n = ${v.n} is below min_n ${minN}` })
    } else {
      kept.slices.push(v)
    }
  }
  return kept
}

/** Best, worst, gap and ratio of at least two slices (sorted by name). */
export function spread(slices: SliceValue[], better: 'higher' | 'lower'): SpreadSummary | undefined {
  if (slices.length < 2) return undefined
  let high = slices[0] as SliceValue
  let low = high
  for (const s of slices) {
    if (s.value > high.value) high = s
    if (s.value < low.value) low = s
  }
  const gap = high.value - low.value
  const ratio = low.value < 0 ? undefined : high.value === 0 ? 1 : low.value / high.value
  return {
    best: better === 'higher' ? high : low,
    worst: better === 'higher' ? low : high,
    gap,
    ...(ratio === undefined ? {} : { ratio }),
  }
}

/**
 * The fairness checks of one rule over the candidate's slice values, and the baseline's when
 * `max_gap_regression` is set (without baseline values that check is `not-applicable`).
 */
export function checkFairness(
  candidate: SliceValue[],
  rule: FairnessRule,
  better: 'higher' | 'lower',
  baseline?: SliceValue[],
): FairnessResult {
  const kept = keep(candidate, rule.minN)
  const summary = spread(kept.slices, better)
  const result: FairnessResult = {
    slices: kept.slices,
    ...(summary ? { spread: summary } : {}),
    skipped: kept.skipped,
    withoutN: kept.withoutN,
    invalid: kept.invalid,
    checks: [],
  }
  const tooFew = `fewer than two slices to compare (${kept.slices.length})`
  if (rule.maxGap !== undefined) {
    result.checks.push(
      summary
        ? {
            rule: 'max_gap',
            status: atMost(summary.gap, rule.maxGap, summary.best.value, summary.worst.value) ? 'pass' : 'fail',
            actual: summary.gap,
            limit: rule.maxGap,
          }
        : { rule: 'max_gap', status: 'not-applicable', limit: rule.maxGap, reason: tooFew },
    )
  }
  if (rule.minRatio !== undefined) {
    if (!summary) {
      result.checks.push({
        rule: 'min_ratio',
        status: 'not-applicable',
        limit: rule.minRatio,
        reason: tooFew,
      })
    } else if (summary.ratio === undefined) {
      result.checks.push({
        rule: 'min_ratio',
        status: 'not-applicable',
        limit: rule.minRatio,
        reason: 'the ratio min ÷ max is undefined when a slice value is negative',
      })
    } else {
      result.checks.push({
        rule: 'min_ratio',
        status: atLeast(summary.ratio, rule.minRatio) ? 'pass' : 'fail',
        actual: summary.ratio,
        limit: rule.minRatio,
      })
    }
  }
  if (rule.maxGapRegression !== undefined) {
    result.checks.push(gapRegression(kept.slices, rule, better, baseline, result))
  }
  return result
}

function gapRegression(
  candidate: SliceValue[],
  rule: FairnessRule,
  better: 'higher' | 'lower',
  baseline: SliceValue[] | undefined,
  result: FairnessResult,
): FairnessCheck {
  const limit = rule.maxGapRegression as number
  if (!baseline) return { rule: 'max_gap_regression', status: 'not-applicable', limit, reason: 'no baseline' }
  const base = keep(baseline, rule.minN).slices
  const names = new Set(base.map((s) => s.slice))
  const common = candidate.filter((s) => names.has(s.slice))
  const commonNames = new Set(common.map((s) => s.slice))
  const b = spread(
    base.filter((s) => commonNames.has(s.slice)),
    better,
  )
  const c = spread(common, better)
  if (!b || !c) {
    return {
      rule: 'max_gap_regression',
      status: 'not-applicable',
      limit,
      reason: `fewer than two slices on both sides (${common.length})`,
    }
  }
  result.baseline = { slices: common.map((s) => s.slice), gap: b.gap, candidateGap: c.gap }
  const widening = c.gap - b.gap
  return {
    rule: 'max_gap_regression',
    status: atMost(widening, limit, b.gap, c.gap) ? 'pass' : 'fail',
    actual: widening,
    limit,
  }
}
