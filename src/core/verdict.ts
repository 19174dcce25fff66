/** How checks add up to a verdict, a failure count and an exit status: one definition of each. */
import type { Check, Evaluation, Mode, Status, Verdict } from './types.js'

/** Display order of statuses: failing first, then inconclusive, warnings, not evaluated, skipped, passing. */
export const STATUS_RANK: Readonly<Record<Status, number>> = { fail: 0, inconclusive: 1, warn: 2, not_evaluated: 3, skip: 4, pass: 5 }

/**
 * True when the check stops the merge: it failed, or it is inconclusive under
 * `statistics.inconclusive: block` (such a check carries severity `block`; under `warn` it
 * carries severity `warn`), and its rule has severity `block`. The verdict, the heading's count,
 * the `failed` output, the report's `failed` and the exit status all use it.
 */
export function blocksMerge(check: Pick<Check, 'status' | 'severity'>): boolean {
  return (check.status === 'fail' || check.status === 'inconclusive') && check.severity === 'block'
}

/** `error` if any evaluation errored (or there are none), else `blocked` if any blocked, else `approved`. */
export function combine(evaluations: Evaluation[]): Verdict {
  if (evaluations.length === 0) return 'error'
  if (evaluations.some((e) => e.verdict === 'error')) return 'error'
  if (evaluations.some((e) => e.verdict === 'blocked')) return 'blocked'
  return 'approved'
}

/** The number of checks that block the merge across all evaluations. */
export function failedCount(evaluations: readonly Evaluation[]): number {
  return evaluations.reduce((n, e) => n + e.checks.filter(blocksMerge).length, 0)
}

/** 1 when the step must fail: mode `enforce` and verdict `blocked` or `error`; otherwise 0. */
export function exitCode(verdict: Verdict, mode: Mode): 0 | 1 {
  return mode === 'enforce' && verdict !== 'approved' ? 1 : 0
}
