/**
 * Reads a policy file (version 1): YAML → schema validation → checks the schema cannot express
 * (min > max, paths outside the repository) → a typed Policy with every default applied.
 */
import { GateError } from '../core/errors.js'
import { RULE_KINDS, type RuleKind, type RuleSpecs } from '../core/rules/index.js'
import type { BaselineSettings, DeclarationSettings, GateProblem, GateRule, ModelPolicy, Policy } from '../core/types.js'
import { parseYaml, type DataPath, type LocateTarget, type Position } from '../parse/yaml.js'
import { unknownDeclarationName } from './declaration-names.js'
import { describePath, schemaProblems } from './schema.js'
import { buildFairness, buildKpi, readConstants, statisticsOf, withStatistics, type RawFairness, type RawKpi, type RawStatistics } from './kpis.js'

/** Defaults of the policy file, as documented in product.md. */
export const POLICY_DEFAULTS = {
  mode: 'enforce',
  metricsFile: 'eval/metrics.json',
  baselineSource: 'base',
  baselineMissing: 'warn',
  declarationsFile: 'MODEL_CARD.md',
  declarationsRequire: ['privacy', 'ownership']
} as const

/** The name of the one model of a single-model policy. */
export const DEFAULT_MODEL = 'default'

/** Policy data as the schema guarantees it (before defaults); the rule keys are the registry's. */
interface RawGate extends Record<string, unknown> {
  better?: 'higher' | 'lower'
  severity?: 'block' | 'warn'
  required?: boolean
  description?: string
}

interface RawModel {
  metrics?: { file?: string }
  baseline?: { source?: BaselineSettings['source']; file?: string; missing?: BaselineSettings['missing'] }
  gates: Record<string, RawGate>
  declarations?: RawDeclarations
  constants?: Record<string, number>
  kpis?: Record<string, RawKpi>
  statistics?: RawStatistics | false
  fairness?: Record<string, RawFairness>
}

interface RawDeclarations {
  file?: string
  require?: string[]
  schema?: string
  max_review_age_days?: number
  codeowners?: boolean
}

interface RawPolicy extends Partial<RawModel> {
  version: 1
  mode?: Policy['mode']
  models?: Record<string, RawModel>
}

type Locate = (path: DataPath, target?: LocateTarget) => Position | undefined

/** Parses and validates a policy file; throws a GateError listing every problem with its location. */
export function parsePolicy(text: string, file: string): Policy {
  const { value, locate } = parseYaml(text, file)
  const problems = schemaProblems(value, file, locate)
  if (problems.length > 0) throw new GateError(problems)

  const raw = value as RawPolicy
  const context = { file, locate, problems: [] as GateProblem[], lines: text.split(/\r?\n/) }
  const models = raw.models
    ? Object.keys(raw.models).map((name) => buildModel(name, (raw.models as Record<string, RawModel>)[name] as RawModel, ['models', name], context))
    : [buildModel(DEFAULT_MODEL, raw as RawModel, [], context)]
  if (context.problems.length > 0) throw new GateError(context.problems)

  return { version: 1, mode: raw.mode ?? POLICY_DEFAULTS.mode, models, multiModel: raw.models !== undefined }
}

interface Context {
  file: string
  locate: Locate
  problems: GateProblem[]
  lines: string[]
}

function buildModel(name: string, raw: RawModel, at: DataPath, ctx: Context): ModelPolicy {
  const metricsFile = checkedPath(raw.metrics?.file, [...at, 'metrics', 'file'], ctx) ?? POLICY_DEFAULTS.metricsFile
  const baseline: BaselineSettings = {
    source: raw.baseline?.source ?? POLICY_DEFAULTS.baselineSource,
    file: checkedPath(raw.baseline?.file, [...at, 'baseline', 'file'], ctx) ?? metricsFile,
    missing: raw.baseline?.missing ?? POLICY_DEFAULTS.baselineMissing
  }
  const statistics = statisticsOf(raw.statistics, undefined)
  const gateOf = (pattern: string, rawGate: Record<string, unknown>, path: DataPath): GateRule =>
    withStatistics(buildGate(pattern, rawGate as RawGate, path, ctx), rawGate, statistics)
  const gates = Object.keys(raw.gates).map((pattern) => gateOf(pattern, raw.gates[pattern] as RawGate, [...at, 'gates', pattern]))
  const model: ModelPolicy = { name, metricsFile, baseline, gates }
  if (raw.declarations) model.declarations = buildDeclarations(raw.declarations, [...at, 'declarations'], ctx)
  if (raw.constants) model.constants = readConstants(raw.constants)
  if (raw.kpis) {
    const kpis = raw.kpis
    model.kpis = Object.keys(kpis).flatMap((kpi) => buildKpi(kpi, kpis[kpi] as RawKpi, [...at, 'kpis', kpi], ctx, gateOf) ?? [])
  }
  if (raw.fairness) {
    const fairness = raw.fairness
    model.fairness = Object.keys(fairness).flatMap((pattern) => buildFairness(pattern, fairness[pattern] as RawFairness, [...at, 'fairness', pattern], ctx, gates) ?? [])
  }
  return model
}

function buildGate(pattern: string, raw: RawGate, at: DataPath, ctx: Context): GateRule {
  const position = ctx.locate(at)
  const rules: Record<string, unknown> = {}
  for (const kind of RULE_KINDS as readonly RuleKind[]) {
    if (raw[kind.key] !== undefined) rules[kind.key] = kind.read(raw[kind.key])
  }
  const rule: GateRule = {
    pattern,
    better: raw.better ?? 'higher',
    rules: rules as RuleSpecs,
    severity: raw.severity ?? 'block',
    required: raw.required ?? true,
    location: { file: ctx.file, line: position?.line, column: position?.column }
  }
  if (raw.description !== undefined) rule.description = raw.description
  const { min, max } = rule.rules
  if (min !== undefined && max !== undefined && min > max) {
    report(ctx, [...at, 'min'], `${describePath(at)} has \`min: ${min}\` above \`max: ${max}\`, so no value can pass.`, 'Swap or correct the two bounds.')
  }
  return rule
}

/** Declaration settings: each required name must be a known section or field; `codeowners` is kept only when on. */
function buildDeclarations(raw: RawDeclarations, at: DataPath, ctx: Context): DeclarationSettings {
  raw.require?.forEach((name, i) => {
    const problem = unknownDeclarationName(name, describePath([...at, 'require']))
    if (problem) report(ctx, [...at, 'require', i], problem.message, problem.fix, 'value')
  })
  const settings: DeclarationSettings = {
    file: checkedPath(raw.file, [...at, 'file'], ctx) ?? POLICY_DEFAULTS.declarationsFile,
    require: raw.require ?? [...POLICY_DEFAULTS.declarationsRequire]
  }
  const schema = checkedPath(raw.schema, [...at, 'schema'], ctx)
  if (schema !== undefined) settings.schema = schema
  if (raw.max_review_age_days !== undefined) settings.maxReviewAgeDays = raw.max_review_age_days
  if (raw.codeowners === true) settings.codeowners = true
  return settings
}

/** A repository-relative path that stays inside the repository; reports and returns undefined otherwise. */
function checkedPath(path: string | undefined, at: DataPath, ctx: Context): string | undefined {
  if (path === undefined) return undefined
  const normal = path.replace(/\\/g, '/')
  if (normal.startsWith('/') || /^[A-Za-z]:/.test(normal) || normal.split('/').includes('..')) {
    report(ctx, at, `${describePath(at)} is \`${path}\`: expected a path inside the repository, relative to its root.`, 'Remove the leading `/` or any `..`, e.g. `eval/metrics.json`.', 'value')
    return undefined
  }
  return path
}

function report(ctx: Context, at: DataPath, message: string, fix: string, target: LocateTarget = 'key'): void {
  const position = ctx.locate(at, target)
  ctx.problems.push({ file: ctx.file, line: position?.line, column: position?.column, message, fix })
}
