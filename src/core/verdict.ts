/** How per-model evaluations add up to one verdict, a failure count and an exit status. */
import type { Evaluation, Mode, Verdict } from './types.js'

/** `error` if any evaluation errored (or there are none), else `blocked` if any blocked, else `approved`. */
export function combine(evaluations: Evaluation[]): Verdict {
  if (evaluations.length === 0) return 'error'
  if (evaluations.some((e) => e.verdict === 'error')) return 'error'
  if (evaluations.some((e) => e.verdict === 'blocked')) return 'blocked'
  return 'approved'
}

/** The number of failed blocking checks (status `fail`) across all evaluations. */
export function failedCount(evaluations: Evaluation[]): number {
  return evaluations.reduce((n, e) => n + e.checks.filter((c) => c.status === 'fail').length, 0)
}

/** 1 when the step must fail: mode `enforce` and verdict `blocked` or `error`; otherwise 0. */
export function exitCode(verdict: Verdict, mode: Mode): 0 | 1 {
  return mode === 'enforce' && verdict !== 'approved' ? 1 : 0
}
