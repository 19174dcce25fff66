/**
 * The policy keys of KPIs, statistics and fairness (after schema validation): `constants`,
 * `kpis`, `statistics` (model-wide, and per gate or KPI, `false` to opt out), `fairness`, and
 * a gate's `min_n`. Formula problems are located at the formula's own column in the file.
 */
import { parseFormula } from '../core/kpi/formula.js'
import type { FairnessPolicy, GateProblem, GateRule, KpiDefinition, StatisticsSettings } from '../core/types.js'
import { parseUnit } from '../core/units.js'
import { isWildcard } from '../core/metric-path.js'
import type { DataPath, LocateTarget, Position } from '../parse/yaml.js'
import { describePath } from './schema.js'

/** The gate keys read here rather than by the rule registry (`withStatistics`). */
export const STATISTICS_GATE_KEYS = ['statistics', 'min_n'] as const

export const STATISTICS_DEFAULTS: StatisticsSettings = { confidence: 0.95, inconclusive: 'warn' }

export interface RawStatistics {
  confidence?: number
  inconclusive?: 'warn' | 'block'
}

export interface RawKpi extends Record<string, unknown> {
  formula: string
  unit?: string
}

export interface RawFairness {
  max_gap?: number
  min_ratio?: number
  max_gap_regression?: number
  min_n?: number
  better?: 'higher' | 'lower'
  severity?: 'block' | 'warn'
}

export interface KpiContext {
  file: string
  /** The policy text by line, to find where a formula's text starts (after a quote). */
  lines: string[]
  locate: (path: DataPath, target?: LocateTarget) => Position | undefined
  problems: GateProblem[]
}

/**
 * The statistics of a gate or KPI: `false` turns them off; a mapping sets its own keys over the
 * inherited (model-wide) ones, then the defaults; absent inherits.
 */
export function statisticsOf(
  raw: RawStatistics | false | undefined,
  inherited: StatisticsSettings | undefined,
): StatisticsSettings | undefined {
  if (raw === false) return undefined
  if (raw === undefined) return inherited
  return {
    confidence: raw.confidence ?? inherited?.confidence ?? STATISTICS_DEFAULTS.confidence,
    inconclusive: raw.inconclusive ?? inherited?.inconclusive ?? STATISTICS_DEFAULTS.inconclusive,
  }
}

/** Applies a gate's `statistics` and `min_n` (as written in `raw`) to the built gate. */
export function withStatistics(gate: GateRule, raw: Record<string, unknown>, inherited: StatisticsSettings | undefined): GateRule {
  const statistics = statisticsOf(raw.statistics as RawStatistics | false | undefined, inherited)
  if (statistics !== undefined) gate.statistics = statistics
  if (typeof raw.min_n === 'number') gate.minN = raw.min_n
  return gate
}

/** `constants:` as a Map (no prototype keys). */
export function readConstants(raw: Record<string, number> | undefined): Map<string, number> {
  return new Map(Object.entries(raw ?? {}))
}

/** The 1-based column where a scalar's text starts: after its opening quote when quoted. */
function textColumn(ctx: KpiContext, at: Position): number {
  const ch = ctx.lines[at.line - 1]?.[at.column - 1]
  return ch === '"' || ch === "'" ? at.column + 1 : at.column
}

/**
 * One KPI: the formula parsed (a problem at file:line:column of the formula's fault otherwise),
 * the unit read, and the rules read as a gate by `buildGate`.
 */
export function buildKpi(
  name: string,
  raw: RawKpi,
  at: DataPath,
  ctx: KpiContext,
  buildGate: (pattern: string, raw: Record<string, unknown>, at: DataPath) => GateRule,
): KpiDefinition | undefined {
  const gate = buildGate(name, raw, at)
  const position = ctx.locate([...at, 'formula'], 'value')
  const start = position ? { line: position.line, column: textColumn(ctx, position) } : undefined
  const parsed = parseFormula(raw.formula)
  if (!parsed.ok) {
    ctx.problems.push({
      file: ctx.file,
      line: start?.line,
      column: start ? start.column + parsed.error.column - 1 : undefined,
      message: `the formula of KPI \`${name}\`: ${parsed.error.message} (column ${parsed.error.column} of the formula).`,
      fix: parsed.error.fix
        ? `${parsed.error.fix.charAt(0).toUpperCase()}${parsed.error.fix.slice(1)}.`
        : 'Use metric names, constants, numbers, + - * /, parentheses, min, max, abs and round.',
    })
    return undefined
  }
  const kpi: KpiDefinition = {
    name,
    formula: parsed.formula,
    formulaText: raw.formula,
    names: parsed.names,
    gate,
    ...(start ? { formulaLocation: { file: ctx.file, line: start.line, column: start.column } } : {}),
  }
  if (raw.unit !== undefined) {
    const unit = parseUnit(raw.unit)
    if (!unit.ok) {
      const where = ctx.locate([...at, 'unit'], 'value')
      ctx.problems.push({
        file: ctx.file,
        line: where?.line,
        column: where?.column,
        message: `${describePath([...at, 'unit'])}: ${unit.message}.`,
        fix: unit.fix ? `${unit.fix.charAt(0).toUpperCase()}${unit.fix.slice(1)}.` : 'Write USD, percent, ms, s, count or a word.',
      })
    } else {
      kpi.unit = unit.unit
      kpi.unitText = raw.unit
    }
  }
  return kpi
}

/** One `fairness:` entry: a wildcard pattern (a problem otherwise); `better` defaults to its gate's. */
export function buildFairness(
  pattern: string,
  raw: RawFairness,
  at: DataPath,
  ctx: KpiContext,
  gates: readonly GateRule[],
): FairnessPolicy | undefined {
  const position = ctx.locate(at)
  if (!isWildcard(pattern)) {
    ctx.problems.push({
      file: ctx.file,
      line: position?.line,
      column: position?.column,
      message: `fairness pattern \`${pattern}\` has no \`*\`: fairness compares the slices a wildcard matches.`,
      fix: 'Write a pattern with a `*` segment, e.g. `slices.*.recall`.',
    })
    return undefined
  }
  const rule: FairnessPolicy = {
    pattern,
    better: raw.better ?? gates.find((g) => g.pattern === pattern)?.better ?? 'higher',
    severity: raw.severity ?? 'block',
    location: { file: ctx.file, line: position?.line, column: position?.column },
  }
  if (raw.max_gap !== undefined) rule.maxGap = raw.max_gap
  if (raw.min_ratio !== undefined) rule.minRatio = raw.min_ratio
  if (raw.max_gap_regression !== undefined) rule.maxGapRegression = raw.max_gap_regression
  if (raw.min_n !== undefined) rule.minN = raw.min_n
  return rule
}
