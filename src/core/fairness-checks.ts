/**
 * The fairness rules of a policy as checks: for the metrics a wildcard pattern matches, one check
 * per rule (`max_gap`, `min_ratio`, `max_gap_regression`), computed by `fairness.ts`. A slice
 * below `min_n` or with a value that is not a finite number is left out, and said in the check's
 * `fairness.skipped` and its note, never silently.
 */
import type { Check, FairnessPolicy, FairnessView, Metrics, Status } from './types.js'
import type { FairnessSlice } from './statistics-types.js'
import { checkFairness, type FairnessCheck, type SliceValue } from './fairness.js'
import { isWildcard, joinPath, splitPath, type MetricIndex } from './metric-path.js'
import { formatNumber } from './numbers.js'
import { plural } from './words.js'

/** The slice of a metric matched by a wildcard pattern: its segments at the pattern's `*`. */
export function sliceName(pattern: string, metric: string): string {
  const wild = splitPath(pattern)
  const parts = splitPath(metric)
  return joinPath(parts.filter((_, i) => wild[i] === '*'))
}

function slicesOf(pattern: string, names: readonly string[], metrics: Metrics | undefined): FairnessSlice[] {
  const out: FairnessSlice[] = []
  for (const metric of names) {
    const m = metrics?.get(metric)
    if (m === undefined) continue
    const value = typeof m.value === 'number' ? m.value : Number.NaN
    out.push({ slice: sliceName(pattern, metric), metric, value, ...(m.n !== undefined ? { n: m.n } : {}) })
  }
  return out
}

const RULE_WORDS: Record<FairnessCheck['rule'], (limit: number) => string> = {
  max_gap: (x) => `gap between slices at most ${formatNumber(x)}`,
  min_ratio: (x) => `worst ÷ best slice at least ${formatNumber(x)}${x === 0.8 ? ' (four-fifths rule)' : ''}`,
  max_gap_regression: (x) => `gap may widen by at most ${formatNumber(x)}`,
}

function message(check: FairnessCheck, view: FairnessView): string {
  if (check.status === 'not-applicable') return `not evaluated: ${check.reason ?? 'nothing to compare'}`
  const spread =
    view.best && view.worst
      ? `best ${view.best.slice} ${formatNumber(view.best.value)}, worst ${view.worst.slice} ${formatNumber(view.worst.value)}`
      : ''
  const actual = formatNumber(check.actual ?? Number.NaN, 3)
  const limit = formatNumber(check.limit)
  switch (check.rule) {
    case 'max_gap':
      return `${spread}: the gap ${actual} is ${check.status === 'pass' ? 'within' : 'above'} ${limit}`
    case 'min_ratio':
      return `${spread}: the ratio ${actual} is ${check.status === 'pass' ? 'at least' : 'below'} ${limit}`
    case 'max_gap_regression':
      return (check.actual ?? 0) <= 0
        ? `the gap went from ${formatNumber(view.baselineGap ?? Number.NaN)} to ${formatNumber(view.gap ?? Number.NaN)}: it did not widen`
        : `the gap went from ${formatNumber(view.baselineGap ?? Number.NaN)} to ${formatNumber(view.gap ?? Number.NaN)}: widened by ${actual}, ${check.status === 'pass' ? 'within' : 'more than'} ${limit}`
  }
}

/** The fairness checks of one rule over the candidate (and the baseline) metrics. */
export function fairnessChecks(rule: FairnessPolicy, index: MetricIndex, candidate: Metrics, baseline: Metrics | undefined): Check[] {
  const names = isWildcard(rule.pattern) ? index.match(rule.pattern) : [rule.pattern]
  const current = slicesOf(rule.pattern, names, candidate)
  const before = baseline ? slicesOf(rule.pattern, names, baseline) : undefined
  const byName = new Map(current.map((s) => [s.slice, s]))
  const toSlice = (v: SliceValue): FairnessSlice => byName.get(v.slice) ?? { slice: v.slice, metric: v.slice, value: v.value }
  const result = checkFairness(
    current.map(({ slice, value, n }) => ({ slice, value, ...(n !== undefined ? { n } : {}) })),
    {
      ...(rule.maxGap !== undefined ? { maxGap: rule.maxGap } : {}),
      ...(rule.minRatio !== undefined ? { minRatio: rule.minRatio } : {}),
      ...(rule.maxGapRegression !== undefined ? { maxGapRegression: rule.maxGapRegression } : {}),
      ...(rule.minN !== undefined ? { minN: rule.minN } : {}),
    },
    rule.better,
    before?.filter((s) => Number.isFinite(s.value)).map(({ slice, value, n }) => ({ slice, value, ...(n !== undefined ? { n } : {}) })),
  )
  const view: FairnessView = {
    slices: result.slices.map(toSlice),
    skipped: [
      ...result.skipped.map((s) => ({ slice: s.slice, metric: byName.get(s.slice)?.metric ?? s.slice, n: s.n, note: s.note })),
      ...result.invalid.map((s) => ({ slice: s.slice, metric: byName.get(s.slice)?.metric ?? s.slice, note: s.note })),
    ],
  }
  if (result.spread) {
    view.best = toSlice(result.spread.best)
    view.worst = toSlice(result.spread.worst)
    view.gap = result.spread.gap
    if (result.spread.ratio !== undefined) view.ratio = result.spread.ratio
  }
  if (result.baseline) view.baselineGap = result.baseline.gap
  const skippedNote = view.skipped.length
    ? `${plural(view.skipped.length, 'slice')} left out: ${view.skipped.map((s) => `${s.slice} (${s.note})`).join(', ')}`
    : undefined
  const withoutN = result.withoutN.length ? `no n for ${result.withoutN.join(', ')}: kept` : undefined
  const note = [skippedNote, withoutN].filter(Boolean).join('; ')
  return result.checks.map((c): Check => {
    const status: Status =
      c.status === 'not-applicable' ? 'not_evaluated' : c.status === 'pass' ? 'pass' : rule.severity === 'warn' ? 'warn' : 'fail'
    const check: Check = {
      id: `fairness:${rule.pattern}:${c.rule}`,
      kind: 'fairness',
      metric: rule.pattern,
      status,
      severity: rule.severity,
      candidate: c.actual ?? null,
      baseline: c.rule === 'max_gap_regression' ? (view.baselineGap ?? null) : null,
      ruleKey: c.rule,
      rule: RULE_WORDS[c.rule](c.limit),
      limit: c.limit,
      message: message(c, view),
      gate: rule.pattern,
      fairness: view,
    }
    if (note) check.note = note
    if (rule.location) check.location = rule.location
    return check
  })
}
