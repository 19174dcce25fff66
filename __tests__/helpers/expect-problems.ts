import { GateError } from '../../src/core/errors.js'
import type { GateProblem } from '../../src/core/types.js'

/** Runs `fn`, which must throw a GateError, and returns its problems. */
export function problemsOf(fn: () => unknown): GateProblem[] {
  try {
    fn()
  } catch (err) {
    if (err instanceof GateError) return err.problems
    throw err
  }
  throw new Error('expected a GateError, but nothing was thrown')
}

/** The single problem `fn` reports. */
export function problemOf(fn: () => unknown): GateProblem {
  const problems = problemsOf(fn)
  if (problems.length !== 1) throw new Error(`expected one problem, got ${problems.length}: ${JSON.stringify(problems)}`)
  return problems[0] as GateProblem
}
