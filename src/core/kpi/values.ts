/**
 * A KPI's value on the candidate and on the baseline metrics, and the problems of its formula's
 * names. A name in a formula is a constant when `constants` has it, else a metric (a metric of
 * that name in the metrics file). A name that is neither a constant nor a metric of the candidate
 * (nor of the baseline) is a policy problem, located in the formula, with a did-you-mean over the
 * constants and the candidate's metric names: it is checked at evaluation, as only then are the
 * metric names known.
 */
import type { GateProblem, KpiDefinition, Metric, Metrics } from '../types.js'
import { closestAll } from '../words.js'
import { evaluateFormula } from './formula.js'

/** A KPI's value on one side, or why there is none. */
export type KpiValue = { ok: true; value: number } | { ok: false; reason: string }

/** The value of a name on one side: the constant, else the metric's number. */
export function lookupIn(constants: ReadonlyMap<string, number>, metrics: Metrics | undefined): (name: string) => number | undefined {
  return (name) => {
    if (constants.has(name)) return constants.get(name)
    const value = metrics?.get(name)?.value
    return typeof value === 'number' ? value : undefined
  }
}

/** The KPI on one side of the comparison. */
export function kpiValue(kpi: KpiDefinition, constants: ReadonlyMap<string, number>, metrics: Metrics): KpiValue {
  for (const name of kpi.names) {
    if (constants.has(name)) continue
    const metric = metrics.get(name)
    if (metric === undefined) return { ok: false, reason: `\`${name}\` is not in the metrics` }
    if (typeof metric.value !== 'number') return { ok: false, reason: `\`${name}\` is ${JSON.stringify(metric.value)}, not a number` }
  }
  const result = evaluateFormula(kpi.formula, lookupIn(constants, metrics))
  return result.ok ? result : { ok: false, reason: result.reason }
}

/** The KPI's value as a metric, for the rule checks: a non-finite value (NaN) when there is none. */
export function asMetric(value: KpiValue): Metric {
  return { value: value.ok ? value.value : Number.NaN }
}

/** Names in KPI formulas that are neither a constant nor a metric of the candidate or the baseline. */
export function unknownNames(
  kpis: readonly KpiDefinition[],
  constants: ReadonlyMap<string, number>,
  candidate: Metrics,
  baseline: Metrics | undefined,
): GateProblem[] {
  const problems: GateProblem[] = []
  for (const kpi of kpis) {
    for (const name of kpi.names) {
      if (constants.has(name) || candidate.has(name) || baseline?.has(name)) continue
      const meant = closestAll(name, [...constants.keys(), ...candidate.keys()])
      const at = kpi.formulaLocation
      const offset = nameOffset(kpi.formulaText, name)
      const problem: GateProblem = {
        file: at?.file ?? 'policy',
        message: `KPI \`${kpi.name}\`: \`${name}\` is neither a constant nor a metric of the candidate${meant.length ? ` (did you mean ${meant.map((m) => `\`${m}\``).join(' or ')}?)` : ''}.`,
        fix: meant.length
          ? `Write \`${meant[0]}\`, or add \`${name}\` under \`constants:\`.`
          : `Add \`${name}\` under \`constants:\`, or make the eval step write the metric \`${name}\`.`,
      }
      if (at?.line !== undefined) problem.line = at.line
      if (at?.column !== undefined) problem.column = at.column + offset
      problems.push(problem)
    }
  }
  return problems
}

/** Where a name is written in a formula (0-based, in code points): as a whole name, or in backticks. */
function nameOffset(text: string, name: string): number {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const found = new RegExp(`(?<![\\w.\`])${escaped}(?![\\w.\`])|\`${escaped}\``, 'u').exec(text)
  return found ? [...text.slice(0, found.index)].length : 0
}
