/**
 * Paired normal intervals for mae and rmse from per-example differences.
 *
 * mae: d_i = |e_cand,i| − |e_base,i|; the mae difference is mean(d), with standard error
 * sd(d)/√n (divisor n − 1), interval mean ± z·se, two-sided z-test p-value.
 *
 * rmse: the delta method on RMSE_c − RMSE_b = √MSE_c − √MSE_b. With a_i, b_i the squared errors,
 * Var ≈ [Var(a)/(4·MSE_c) + Var(b)/(4·MSE_b) − 2·Cov(a, b)/(4·RMSE_c·RMSE_b)] / n. Chosen over an
 * interval on the MSE difference because the interval is then in the metric's own units, like the
 * threshold a gate compares it with. A model with RMSE 0 has squared errors all 0, so its terms
 * vanish (the limit of the formula). Fewer than two examples: interval [estimate, estimate].
 */
import { normalQuantile, twoSidedP } from '../stats/normal.js'
import { checkConfidence, type PairedInterval } from './interval.js'

export interface NormalInterval extends PairedInterval {
  method: 'normal'
  /** Standard error of the difference. */
  standardError: number
  p_value: number
}

function result(estimate: number, se: number, confidence: number): NormalInterval {
  const half = normalQuantile((1 + confidence) / 2) * se
  let p: number
  if (se > 0) p = twoSidedP(estimate / se)
  else p = estimate === 0 ? 1 : 0
  return {
    method: 'normal',
    confidence,
    estimate: estimate + 0,
    interval: [estimate - half + 0, estimate + half + 0],
    standardError: se,
    p_value: p,
  }
}

/** Normal interval for MAE_candidate − MAE_baseline. */
export function pairedMae(
  labels: ArrayLike<number>,
  candidate: ArrayLike<number>,
  baseline: ArrayLike<number>,
  confidence: number,
): NormalInterval {
  checkConfidence(confidence)
  const n = labels.length
  if (n === 0) return result(0, 0, confidence)
  let sum = 0
  for (let i = 0; i < n; i++) {
    const y = labels[i] as number
    sum += Math.abs((candidate[i] as number) - y) - Math.abs((baseline[i] as number) - y)
  }
  const mean = sum / n
  if (n < 2) return result(mean, 0, confidence)
  let ss = 0
  for (let i = 0; i < n; i++) {
    const y = labels[i] as number
    const d = Math.abs((candidate[i] as number) - y) - Math.abs((baseline[i] as number) - y) - mean
    ss += d * d
  }
  return result(mean, Math.sqrt(ss / (n - 1) / n), confidence)
}

/** Delta-method interval for RMSE_candidate − RMSE_baseline. */
export function pairedRmse(
  labels: ArrayLike<number>,
  candidate: ArrayLike<number>,
  baseline: ArrayLike<number>,
  confidence: number,
): NormalInterval {
  checkConfidence(confidence)
  const n = labels.length
  if (n === 0) return result(0, 0, confidence)
  let sa = 0
  let sb = 0
  for (let i = 0; i < n; i++) {
    const y = labels[i] as number
    const ea = (candidate[i] as number) - y
    const eb = (baseline[i] as number) - y
    sa += ea * ea
    sb += eb * eb
  }
  const msa = sa / n
  const msb = sb / n
  const ra = Math.sqrt(msa)
  const rb = Math.sqrt(msb)
  const estimate = ra - rb
  if (n < 2) return result(estimate, 0, confidence)
  // The gradient-weighted differences g_i = a_i/(2 RMSE_c) − b_i/(2 RMSE_b): their sample
  // variance is exactly the bracket above (a zero RMSE contributes a zero term).
  const wa = ra > 0 ? 1 / (2 * ra) : 0
  const wb = rb > 0 ? 1 / (2 * rb) : 0
  const meanG = wa * msa - wb * msb
  let ss = 0
  for (let i = 0; i < n; i++) {
    const y = labels[i] as number
    const ea = (candidate[i] as number) - y
    const eb = (baseline[i] as number) - y
    const g = wa * ea * ea - wb * eb * eb - meanG
    ss += g * g
  }
  return result(estimate, Math.sqrt(ss / (n - 1) / n), confidence)
}
