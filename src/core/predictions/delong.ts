/**
 * DeLong's test for two correlated ROC AUCs on the same examples: E. R. DeLong, D. M. DeLong and
 * D. L. Clarke-Pearson, "Comparing the areas under two or more correlated receiver operating
 * characteristic curves: a nonparametric approach", Biometrics 44:837–845 (1988).
 *
 * Structural components (their eq. 3 and 4): for each positive i, V10(i) = share of negatives
 * scored below it (ties count ½); for each negative j, V01(j) = share of positives scored above it.
 * The AUC is the mean of either. The covariance of the two AUCs is S10/m + S01/n, with S10 and
 * S01 the sample covariance matrices (divisor m − 1 and n − 1) of the components. Same as pROC's
 * `roc.test(method = "delong")`. Components come from binary searches in sorted scores: O(N log N).
 */
import { normalQuantile, twoSidedP } from '../stats/normal.js'
import { checkConfidence, type PairedInterval } from './interval.js'

/** DeLong's comparison: the AUCs, their covariance, the z statistic and the interval of the difference. */
export interface DeLongResult extends PairedInterval {
  method: 'delong'
  candidateAuc: number
  baselineAuc: number
  /** Var(AUC_candidate − AUC_baseline). */
  variance: number
  /** (AUC_candidate − AUC_baseline) / √variance; 0 when both are equal with zero variance. */
  z: number
  p_value: number
}

/** First index in sorted `a` whose value is ≥ x. */
function lowerBound(a: Float64Array, x: number): number {
  let lo = 0
  let hi = a.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((a[mid] as number) < x) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** First index in sorted `a` whose value is > x. */
function upperBound(a: Float64Array, x: number): number {
  let lo = 0
  let hi = a.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((a[mid] as number) <= x) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** V10 for each positive and V01 for each negative, in example order. */
function components(labels: ArrayLike<number>, scores: ArrayLike<number>, m: number, n: number) {
  const pos = new Float64Array(m)
  const neg = new Float64Array(n)
  let a = 0
  let b = 0
  for (let i = 0; i < labels.length; i++) {
    if (labels[i] === 1) pos[a++] = scores[i] as number
    else neg[b++] = scores[i] as number
  }
  const sortedPos = pos.slice().sort()
  const sortedNeg = neg.slice().sort()
  const v10 = new Float64Array(m)
  for (let i = 0; i < m; i++) {
    const x = pos[i] as number
    const lo = lowerBound(sortedNeg, x)
    v10[i] = (lo + (upperBound(sortedNeg, x) - lo) / 2) / n
  }
  const v01 = new Float64Array(n)
  for (let j = 0; j < n; j++) {
    const y = neg[j] as number
    const hi = upperBound(sortedPos, y)
    v01[j] = (m - hi + (hi - lowerBound(sortedPos, y)) / 2) / m
  }
  return { v10, v01 }
}

function mean(a: Float64Array): number {
  let s = 0
  for (let i = 0; i < a.length; i++) s += a[i] as number
  return s / a.length
}

/** Sample variance of (a − b), divisor length − 1: the S_AA + S_BB − 2 S_AB of DeLong's eq. 5. */
function varianceOfDifference(a: Float64Array, b: Float64Array): number {
  if (a.length < 2) return 0
  const ma = mean(a)
  const mb = mean(b)
  let s = 0
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] as number) - ma - ((b[i] as number) - mb)
    s += d * d
  }
  return s / (a.length - 1)
}

/**
 * Compares the AUC of the candidate's scores with the baseline's on the same examples (0/1
 * labels). The interval is estimate ± z₍₁₊c₎/₂ · √variance; the p-value is two-sided.
 * `undefined` when one class is absent (no AUC). Identical scores give variance 0, interval
 * [0, 0] and p = 1.
 */
export function delong(
  labels: ArrayLike<number>,
  candidate: ArrayLike<number>,
  baseline: ArrayLike<number>,
  confidence: number,
): DeLongResult | undefined {
  checkConfidence(confidence)
  let m = 0
  for (let i = 0; i < labels.length; i++) if (labels[i] === 1) m++
  const n = labels.length - m
  if (m === 0 || n === 0) return undefined
  const c = components(labels, candidate, m, n)
  const b = components(labels, baseline, m, n)
  const candidateAuc = mean(c.v10)
  const baselineAuc = mean(b.v10)
  const estimate = candidateAuc - baselineAuc
  const variance = Math.max(0, varianceOfDifference(c.v10, b.v10) / m + varianceOfDifference(c.v01, b.v01) / n)
  const sd = Math.sqrt(variance)
  let z: number
  if (sd > 0) z = estimate / sd
  else z = estimate === 0 ? 0 : estimate > 0 ? Infinity : -Infinity
  const half = normalQuantile((1 + confidence) / 2) * sd
  return {
    method: 'delong',
    confidence,
    estimate,
    interval: [estimate - half, estimate + half],
    p_value: sd > 0 ? twoSidedP(z) : estimate === 0 ? 1 : 0,
    candidateAuc,
    baselineAuc,
    variance,
    z,
  }
}
