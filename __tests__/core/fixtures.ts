import type { GateRule, Metric, Metrics, ModelPolicy, Policy } from '../../src/core/types.js'
import type { EvaluateInput } from '../../src/core/evaluate.js'
import { RULE_KEYS, type RuleSpecs } from '../../src/core/rules/index.js'

/**
 * A gate with the policy defaults (better: higher, severity: block, required: true). Rules are
 * written as in the policy (`min`, `max_regression`, ...) beside the gate's settings.
 */
export type GateSpec = Partial<Omit<GateRule, 'rules'>> & RuleSpecs

export function gate(pattern: string, over: GateSpec = {}): GateRule {
  const rules: Record<string, unknown> = {}
  const settings: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(over)) {
    if ((RULE_KEYS as readonly string[]).includes(key)) rules[key] = value
    else settings[key] = value
  }
  return { pattern, better: 'higher', severity: 'block', required: true, rules: rules as RuleSpecs, ...settings }
}

export function model(gates: GateRule[], over: Partial<ModelPolicy> = {}): ModelPolicy {
  return {
    name: 'default',
    metricsFile: 'eval/metrics.json',
    baseline: { source: 'base', file: 'eval/metrics.json', missing: 'warn' },
    gates,
    ...over,
  }
}

export function policy(models: ModelPolicy[], over: Partial<Policy> = {}): Policy {
  return { version: 1, mode: 'enforce', models, multiModel: false, ...over }
}

/** Metrics from plain values, in the given key order. */
export function metrics(values: Record<string, Metric['value']>): Metrics {
  return new Map(Object.entries(values).map(([k, v]) => [k, { value: v }]))
}

export function input(over: Partial<EvaluateInput> & Pick<EvaluateInput, 'model' | 'candidate'>): EvaluateInput {
  return {
    mode: 'enforce',
    provenance: {
      policy: { source: 'base', path: '.github/model-gate.yml', sha: '1a2b3c4' },
      baseline: { source: 'base', path: 'eval/metrics.json', sha: '1a2b3c4' },
      candidate: { source: 'workspace', path: 'eval/metrics.json' },
    },
    ...over,
  }
}
