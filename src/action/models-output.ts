import type { GateResult } from '../core/types.js'
import { blocksMerge } from '../core/verdict.js'

/** One entry of the `models` output. */
export interface ModelOutput {
  model: string
  /** The model's verdict, or `skipped` when `changed_only: true` did not gate it. */
  verdict: 'approved' | 'blocked' | 'error' | 'skipped'
  /** Failed blocking checks of the model. */
  failed: number
  /** Why the model was skipped. */
  reason?: string
}

/**
 * The `models` output: a JSON array with each model's verdict and failed blocking checks, gated
 * models first, in policy order, then the models `changed_only` skipped. For a matrix over
 * models (`fromJSON(steps.gate.outputs.models)`) or a later step's summary.
 */
export function modelsOutput(result: GateResult): string {
  const models: ModelOutput[] = [
    ...result.evaluations.map((ev): ModelOutput => ({
      model: ev.model,
      verdict: ev.verdict,
      failed: ev.checks.filter(blocksMerge).length,
    })),
    ...(result.skipped ?? []).map((s): ModelOutput => ({ model: s.model, verdict: 'skipped', failed: 0, reason: s.reason })),
  ]
  return JSON.stringify(models)
}
