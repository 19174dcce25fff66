/**
 * The rule registry: every rule kind and gate setting, in the order people write them. Everything
 * that knows about rules reads this list (policy loading, evaluation, the policy diff, the schema
 * and README tests), so a rule kind is added by writing one module and listing it here.
 */
import type { GateRule } from '../types.js'
import type { BaselineKind, RuleKind, ThresholdKind } from './kind.js'
import { MAX } from './max.js'
import { MAX_IMPROVEMENT } from './max-improvement.js'
import { MAX_REGRESSION } from './max-regression.js'
import { MIN } from './min.js'
import { MIN_IMPROVEMENT } from './min-improvement.js'
import { BETTER, DESCRIPTION, MIN_N, REQUIRED, SEVERITY, STATISTICS } from './settings.js'

export const RULE_KINDS = [MIN, MAX, MAX_REGRESSION, MIN_IMPROVEMENT, MAX_IMPROVEMENT] as const

export const GATE_SETTINGS = [BETTER, SEVERITY, REQUIRED, DESCRIPTION, STATISTICS, MIN_N] as const

type Kinds = (typeof RULE_KINDS)[number]
export type RuleKey = Kinds['key']
type SpecOf<K> = K extends ThresholdKind<string, infer S> ? S : K extends BaselineKind<string, infer S> ? S : never

/** A gate's rules by key: `{ min: 0.9, max_regression: { kind: 'relative', percent: 1 } }`. */
export type RuleSpecs = { [K in Kinds as K['key']]?: SpecOf<K> }

/** The rule keys, in registry order. */
export const RULE_KEYS: readonly RuleKey[] = RULE_KINDS.map((k) => k.key)

/** The kind of a rule key. */
export function ruleKind(key: string): RuleKind | undefined {
  return (RULE_KINDS as readonly RuleKind[]).find((k) => k.key === key)
}

/** The rules a gate sets, in registry order, each with its spec. */
export function rulesOf(gate: Pick<GateRule, 'rules'>): Array<{ kind: RuleKind; spec: unknown }> {
  const specs = gate.rules as Record<string, unknown>
  const out: Array<{ kind: RuleKind; spec: unknown }> = []
  for (const kind of RULE_KINDS as readonly RuleKind[]) {
    const spec = specs[kind.key]
    if (spec !== undefined) out.push({ kind, spec })
  }
  return out
}

/** The README's rules table, as the registry defines it: the docs test holds README.md to it. */
export function rulesTable(): string {
  const rows = [...(RULE_KINDS as readonly RuleKind[]).map((k) => k.doc), ...GATE_SETTINGS.flatMap((s) => (s.doc ? [s.doc] : []))]
  return ['| rule | passes when |', '|---|---|', ...rows.map((d) => `| ${d.written} | ${d.passes} |`)].join('\n')
}

export type { BaselineKind, RuleJudgement, RuleKind, SettingChange, ThresholdKind, WorseningBounds } from './kind.js'
export { describeChange, describeNonNumber, formatAmount, formatLimit, toAmount, worsening } from './common.js'
