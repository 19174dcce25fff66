/**
 * What a PR's copy of the policy changes in KPIs, statistics and fairness rules, in the words and
 * effects of the policy diff.
 *
 * - A KPI's rules go through the rule registry's diff like a gate's (`diffGate`); a changed
 *   formula or unit `changes`; a removed KPI loosens, an added one tightens.
 * - Fairness: raising `max_gap` or `max_gap_regression` loosens, lowering `min_ratio` loosens,
 *   raising `min_n` loosens (more slices are skipped), removing a threshold or the rule loosens.
 * - Statistics, by what can block: a baseline rule under `inconclusive: warn` blocks only when the
 *   whole interval is beyond the tolerance, which is less than the point rule blocks; under
 *   `inconclusive: block` it blocks unless the whole interval is within it, which is more. So the
 *   order, loosest first, is: warn at a high confidence … warn at a low confidence < the point rule
 *   (`statistics` off) < block at a low confidence … block at a high confidence. A move down
 *   that order loosens, a move up tightens.
 */
import type { FairnessPolicy, GateRule, KpiDefinition, StatisticsSettings } from '../types.js'
import type { SettingChange } from '../rules/index.js'
import { diffNumber } from '../rules/common.js'

export interface NamedChange {
  target: string
  field: string
  from?: unknown
  to?: unknown
  change: SettingChange
}

/** Where statistics settings fall in the strictness order: a tier and, within it, a rank. */
function strictness(s: StatisticsSettings | undefined): [number, number] {
  if (s === undefined) return [1, 0]
  return s.inconclusive === 'block' ? [2, s.confidence] : [0, -s.confidence]
}

function describeStatistics(s: StatisticsSettings | undefined): string {
  return s === undefined ? 'off (point rule)' : `confidence ${s.confidence}, inconclusive ${s.inconclusive}`
}

/** The change of a gate's (or KPI's) statistics, if any. */
export function diffStatistics(from: StatisticsSettings | undefined, to: StatisticsSettings | undefined): SettingChange | undefined {
  if (from?.confidence === to?.confidence && from?.inconclusive === to?.inconclusive) return undefined
  const [a, b] = [strictness(from), strictness(to)]
  const delta = b[0] - a[0] || b[1] - a[1]
  const effect = delta > 0 ? 'tightens' : delta < 0 ? 'loosens' : 'changes'
  return { effect, words: `statistics changed from ${describeStatistics(from)} to ${describeStatistics(to)}` }
}

/** The change of a gate's `min_n`: raising it skips more metrics, so it loosens. */
export function diffMinN(from: number | undefined, to: number | undefined): SettingChange | undefined {
  return diffNumber('min_n', from, to, true)
}

/** KPIs added, removed or changed; `diffGate` compares the rules of a KPI present on both sides. */
export function diffKpis(
  prefix: string,
  base: readonly KpiDefinition[],
  head: readonly KpiDefinition[],
  diffGate: (target: string, a: GateRule, b: GateRule) => NamedChange[],
): NamedChange[] {
  const out: NamedChange[] = []
  const heads = new Map(head.map((k) => [k.name, k]))
  for (const kpi of base) {
    const target = `${prefix}kpis.${kpi.name}`
    const next = heads.get(kpi.name)
    if (next === undefined) {
      out.push({ target, field: 'kpi', from: kpi.name, change: { effect: 'loosens', words: 'KPI removed; its rules no longer apply' } })
      continue
    }
    if (next.formulaText !== kpi.formulaText) {
      out.push({
        target,
        field: 'formula',
        from: kpi.formulaText,
        to: next.formulaText,
        change: { effect: 'changes', words: `formula changed from ${kpi.formulaText} to ${next.formulaText}` },
      })
    }
    if (next.unitText !== kpi.unitText) {
      out.push({
        target,
        field: 'unit',
        from: kpi.unitText,
        to: next.unitText,
        change: { effect: 'changes', words: `unit changed from ${kpi.unitText ?? 'none'} to ${next.unitText ?? 'none'}` },
      })
    }
    out.push(...diffGate(target, kpi.gate, next.gate))
  }
  const names = new Set(base.map((k) => k.name))
  for (const kpi of head) {
    if (!names.has(kpi.name))
      out.push({ target: `${prefix}kpis.${kpi.name}`, field: 'kpi', to: kpi.name, change: { effect: 'tightens', words: 'KPI added' } })
  }
  return out
}

/** Constants changed: a KPI's figures move, so each change `changes`. */
export function diffConstants(
  prefix: string,
  base: ReadonlyMap<string, number> | undefined,
  head: ReadonlyMap<string, number> | undefined,
): NamedChange[] {
  const out: NamedChange[] = []
  const [a, b] = [base ?? new Map<string, number>(), head ?? new Map<string, number>()]
  for (const name of new Set([...a.keys(), ...b.keys()])) {
    const [from, to] = [a.get(name), b.get(name)]
    if (from === to) continue
    const words = from === undefined ? `added (${to})` : to === undefined ? `removed (was ${from})` : `changed from ${from} to ${to}`
    out.push({
      target: `${prefix}constants.${name}`,
      field: 'constant',
      ...(from !== undefined ? { from } : {}),
      ...(to !== undefined ? { to } : {}),
      change: { effect: 'changes', words },
    })
  }
  return out
}

/** Fairness rules added, removed or moved. */
export function diffFairness(prefix: string, base: readonly FairnessPolicy[], head: readonly FairnessPolicy[]): NamedChange[] {
  const out: NamedChange[] = []
  const heads = new Map(head.map((r) => [r.pattern, r]))
  for (const rule of base) {
    const target = `${prefix}fairness.${rule.pattern}`
    const next = heads.get(rule.pattern)
    if (next === undefined) {
      out.push({ target, field: 'fairness', from: rule.pattern, change: { effect: 'loosens', words: 'fairness rule removed' } })
      continue
    }
    const moves: Array<[string, number | undefined, number | undefined, boolean]> = [
      ['max_gap', rule.maxGap, next.maxGap, true],
      ['min_ratio', rule.minRatio, next.minRatio, false],
      ['max_gap_regression', rule.maxGapRegression, next.maxGapRegression, true],
      ['min_n', rule.minN, next.minN, true],
    ]
    for (const [field, from, to, looserIsHigher] of moves) {
      const change = diffNumber(field, from, to, looserIsHigher)
      if (change) out.push({ target, field, ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}), change })
    }
    if (rule.severity !== next.severity) {
      out.push({
        target,
        field: 'severity',
        from: rule.severity,
        to: next.severity,
        change: {
          effect: next.severity === 'block' ? 'tightens' : 'loosens',
          words: `severity changed from ${rule.severity} to ${next.severity}`,
        },
      })
    }
    if (rule.better !== next.better) {
      out.push({
        target,
        field: 'better',
        from: rule.better,
        to: next.better,
        change: { effect: 'changes', words: `better changed from ${rule.better} to ${next.better}` },
      })
    }
  }
  const patterns = new Set(base.map((r) => r.pattern))
  for (const rule of head) {
    if (!patterns.has(rule.pattern))
      out.push({
        target: `${prefix}fairness.${rule.pattern}`,
        field: 'fairness',
        to: rule.pattern,
        change: { effect: 'tightens', words: 'fairness rule added' },
      })
  }
  return out
}
