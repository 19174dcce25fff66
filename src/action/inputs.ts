import * as core from './runner.js'
import type { Mode } from '../core/types.js'

export interface ActionInputs {
  policyPath: string
  policySource: 'base' | 'workspace'
  token: string
  comment: boolean
  mode?: Mode
  model?: string
  /** Path of a report JSON written by a model-gate run: only post the PR comment from it (docs/forks.md). */
  report?: string
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new Error(`Input \`${name}\` is "${value}"; expected one of: ${allowed.join(', ')}.`)
}

/** Reads and checks the step's inputs (the runner fills action.yml defaults). */
export function readInputs(): ActionInputs {
  const mode = core.getInput('mode').trim()
  const model = core.getInput('model').trim()
  const comment = core.getInput('comment').trim().toLowerCase()
  const report = core.getInput('report').trim()
  return {
    policyPath: core.getInput('policy').trim() || '.github/model-gate.yml',
    policySource: oneOf('policy-source', core.getInput('policy-source').trim() || 'base', ['base', 'workspace'] as const),
    token: core.getInput('github-token').trim(),
    comment: oneOf('comment', comment || 'true', ['true', 'false'] as const) === 'true',
    mode: mode ? oneOf('mode', mode, ['enforce', 'advisory'] as const) : undefined,
    model: model || undefined,
    report: report || undefined
  }
}
