/**
 * McNemar's exact test for paired accuracy: under "both models are equally accurate", each of the
 * n = fixed + broken discordant examples is equally likely to go either way, so broken ~
 * Binomial(n, ½). The two-sided p-value is min(1, 2·P(X ≤ min(fixed, broken))), which equals
 * scipy.stats.binomtest(broken, n, 0.5).pvalue (the distribution is symmetric). See Agresti, An
 * Introduction to Categorical Data Analysis, 2nd ed. (2007), §10.1.
 */

/** P(X ≤ k) for X ~ Binomial(n, ½), summed in log space so it stays exact-ish for n in the millions. */
export function binomialHalfCdf(k: number, n: number): number {
  if (k < 0) return 0
  if (k >= n) return 1
  // log of the largest term, C(n, k) / 2^n, then the terms below it as ratios.
  let logTerm = -n * Math.LN2
  for (let i = 1; i <= k; i++) logTerm += Math.log((n - k + i) / i)
  let sum = 0
  let term = 1
  for (let i = k; i >= 0; i--) {
    sum += term
    term *= i / (n - i + 1)
    if (term < sum * 1e-17) break
  }
  return Math.min(1, Math.exp(logTerm + Math.log(sum)))
}

/** Two-sided exact McNemar p-value from the discordant counts. 1 when there are none. */
export function mcnemarExact(fixed: number, broken: number): number {
  const n = fixed + broken
  if (n === 0) return 1
  return Math.min(1, 2 * binomialHalfCdf(Math.min(fixed, broken), n))
}
