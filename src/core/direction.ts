/**
 * Which way a gated metric should move. The policy's `better:` wins; a gate that does not say
 * takes the direction the metrics file declares (lm-eval's `higher_is_better`), the candidate's
 * first, then the baseline's; otherwise higher is better. `from` lets the comment say where the
 * direction came from.
 */
import type { Better, Metric } from './types.js'

export interface Direction {
  better: Better
  from: 'policy' | 'metrics file' | 'default'
}

/** The direction for one check: `policy` is the gate's own `better:` (undefined when the gate does not say). */
export function directionOf(policy: Better | undefined, candidate?: Metric, baseline?: Metric): Direction {
  if (policy !== undefined) return { better: policy, from: 'policy' }
  const declared = candidate?.better ?? baseline?.better
  if (declared !== undefined) return { better: declared, from: 'metrics file' }
  return { better: 'higher', from: 'default' }
}
