import * as core from './runner.js'
import type { Mode } from '../core/types.js'

export interface ActionInputs {
  policyPath: string
  policySource: 'base' | 'workspace'
  token: string
  comment: boolean
  mode?: Mode
  model?: string
  /** Submit a pull request review with the verdict (docs/oversight.md). */
  review: boolean
  /** Create a check run with the summary and annotations (docs/oversight.md). */
  checkRun: boolean
  /** Path of a report JSON written by a model-gate run: only post the PR comment from it (docs/forks.md). */
  report?: string
  /** Monitor the checked-out default branch instead of gating a change (also on `schedule`); docs/history.md. */
  monitor: boolean
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new Error(`Input \`${name}\` is "${value}"; expected one of: ${allowed.join(', ')}.`)
}

/** A `true`/`false` input that defaults to false. */
function flag(name: string): boolean {
  return oneOf(name, core.getInput(name).trim().toLowerCase() || 'false', ['true', 'false'] as const) === 'true'
}

/** Reads and checks the step's inputs (the runner fills action.yml defaults). */
export function readInputs(): ActionInputs {
  const mode = core.getInput('mode').trim()
  const model = core.getInput('model').trim()
  const comment = core.getInput('comment').trim().toLowerCase()
  const report = core.getInput('report').trim()
  const monitor = core.getInput('monitor').trim().toLowerCase()
  return {
    policyPath: core.getInput('policy').trim() || '.github/model-gate.yml',
    policySource: oneOf('policy-source', core.getInput('policy-source').trim() || 'base', ['base', 'workspace'] as const),
    token: core.getInput('github-token').trim(),
    comment: oneOf('comment', comment || 'true', ['true', 'false'] as const) === 'true',
    review: flag('review'),
    checkRun: flag('check-run'),
    mode: mode ? oneOf('mode', mode, ['enforce', 'advisory'] as const) : undefined,
    model: model || undefined,
    report: report || undefined,
    monitor: oneOf('monitor', monitor || 'false', ['true', 'false'] as const) === 'true',
  }
}
