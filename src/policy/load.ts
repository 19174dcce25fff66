/**
 * Reads a policy file (version 1): YAML → schema validation → checks the schema cannot express
 * (min > max, paths outside the repository) → a typed Policy with every default applied.
 */
import { GateError } from '../core/errors.js'
import { readOverridePolicy } from '../core/override-policy.js'
import { DEFAULT_HISTORY_BRANCH, DEFAULT_HISTORY_PATH, DEFAULT_KEEP } from '../core/history/entry.js'
import { DEFAULT_REVIEW_WARNING_DAYS } from '../core/history/monitor.js'
import { DEFAULT_TREND } from '../core/history/trend.js'
import { RULE_KINDS, type RuleKind, type RuleSpecs } from '../core/rules/index.js'
import type {
  BaselineSettings,
  DeclarationSettings,
  GateProblem,
  GateRule,
  HistorySettings,
  ModelPolicy,
  MonitoringSettings,
  Policy,
  PredictionSettings,
} from '../core/types.js'
import { parseYaml, type DataPath, type LocateTarget, type Position } from '../parse/yaml.js'
import { unknownDeclarationName } from './declaration-names.js'
import { describePath, schemaProblems } from './schema.js'
import {
  buildFairness,
  buildKpi,
  readConstants,
  statisticsOf,
  withStatistics,
  type RawFairness,
  type RawKpi,
  type RawStatistics,
} from './kpis.js'

/** Defaults of the policy file, as documented in product.md. */
export const POLICY_DEFAULTS = {
  mode: 'enforce',
  metricsFile: 'eval/metrics.json',
  baselineSource: 'base',
  baselineMissing: 'warn',
  declarationsFile: 'MODEL_CARD.md',
  declarationsRequire: ['privacy', 'ownership'],
  historyBranch: DEFAULT_HISTORY_BRANCH,
  historyPath: DEFAULT_HISTORY_PATH,
  historyKeep: DEFAULT_KEEP,
  historyTrend: DEFAULT_TREND,
  reviewWarningDays: DEFAULT_REVIEW_WARNING_DAYS,
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
  metrics?: { file?: string; format?: string }
  baseline?: { source?: BaselineSettings['source']; file?: string; missing?: BaselineSettings['missing'] }
  gates?: Record<string, RawGate>
  declarations?: RawDeclarations
  paths?: string[]
  predictions?: { file: string; baseline?: string; task: PredictionSettings['task']; threshold?: number }
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
  override?: unknown
  defaults?: RawModel
  changed_only?: boolean
  history?: { branch?: string; path?: string; keep?: number; trend?: number }
  monitoring?: { file?: string; review_warning_days?: number }
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
    ? Object.keys(raw.models).map((name) => {
        const own = (raw.models as Record<string, RawModel>)[name] as RawModel
        return buildModel(
          name,
          withDefaults(raw.defaults, own),
          ['models', name],
          context,
          raw.defaults && gateHomes(raw.defaults, own, name),
        )
      })
    : [buildModel(DEFAULT_MODEL, raw as RawModel, [], context)]
  const override = readOverridePolicy(raw.override)
  for (const problem of override.problems) report(context, problem.at, problem.message, problem.fix)
  const history = raw.history ? buildHistory(raw.history, context) : undefined
  const monitoring = raw.monitoring ? buildMonitoring(raw.monitoring, context) : undefined
  if (context.problems.length > 0) throw new GateError(context.problems)

  const policy: Policy = { version: 1, mode: raw.mode ?? POLICY_DEFAULTS.mode, models, multiModel: raw.models !== undefined }
  if (override.policy) policy.override = override.policy
  if (raw.changed_only === true) policy.changedOnly = true
  if (history) policy.history = history
  if (monitoring) policy.monitoring = monitoring
  return policy
}

/**
 * A model's settings over the shared `defaults:`: each section (`metrics`, `baseline`,
 * `declarations`) key by key, `gates` pattern by pattern (a model's gate replaces the default
 * gate of the same pattern whole), `paths` whole.
 */
export function withDefaults(defaults: RawModel | undefined, own: RawModel): RawModel {
  if (!defaults) return own
  const merged: RawModel = {}
  const section = <K extends 'metrics' | 'baseline' | 'declarations'>(key: K): void => {
    if (defaults[key] !== undefined || own[key] !== undefined) merged[key] = { ...defaults[key], ...own[key] } as RawModel[K]
  }
  section('metrics')
  section('baseline')
  section('declarations')
  if (defaults.gates !== undefined || own.gates !== undefined) merged.gates = { ...defaults.gates, ...own.gates }
  const paths = own.paths ?? defaults.paths
  if (paths !== undefined) merged.paths = paths
  return merged
}

/** Where each merged gate is written: the model's own gates, else `defaults.gates`. */
function gateHomes(defaults: RawModel, own: RawModel, name: string): Map<string, DataPath> {
  const homes = new Map<string, DataPath>()
  for (const pattern of Object.keys(defaults.gates ?? {})) homes.set(pattern, ['defaults', 'gates', pattern])
  for (const pattern of Object.keys(own.gates ?? {})) homes.set(pattern, ['models', name, 'gates', pattern])
  return homes
}

/** Why `name` cannot be a git branch name (git check-ref-format's rules), or undefined. */
function branchProblem(name: string): string | undefined {
  if (/[\u0000-\u0020\u007f~^:?*[\\]/.test(name)) return 'contains a space, a control character or one of ~ ^ : ? * [ \\'
  if (name.startsWith('/') || name.endsWith('/') || name.includes('//')) return 'has an empty path segment'
  if (name.includes('..') || name.includes('@{') || name === '@') return 'contains `..` or `@{`'
  if (name.split('/').some((part) => part.startsWith('.') || part.endsWith('.lock')) || name.endsWith('.'))
    return 'has a segment that starts with `.`, ends with `.lock`, or ends with `.`'
  return undefined
}

function buildHistory(raw: NonNullable<RawPolicy['history']>, ctx: Context): HistorySettings {
  const problem = raw.branch !== undefined ? branchProblem(raw.branch) : undefined
  if (problem) {
    report(
      ctx,
      ['history', 'branch'],
      `\`history.branch\` is \`${raw.branch}\`, which is not a valid git branch name: it ${problem}.`,
      `Use a name like \`${POLICY_DEFAULTS.historyBranch}\`.`,
      'value',
    )
  }
  return {
    branch: raw.branch ?? POLICY_DEFAULTS.historyBranch,
    path: checkedPath(raw.path, ['history', 'path'], ctx) ?? POLICY_DEFAULTS.historyPath,
    keep: raw.keep ?? POLICY_DEFAULTS.historyKeep,
    trend: raw.trend ?? POLICY_DEFAULTS.historyTrend,
  }
}

function buildMonitoring(raw: NonNullable<RawPolicy['monitoring']>, ctx: Context): MonitoringSettings {
  const file = checkedPath(raw.file, ['monitoring', 'file'], ctx)
  return { ...(file !== undefined ? { file } : {}), reviewWarningDays: raw.review_warning_days ?? POLICY_DEFAULTS.reviewWarningDays }
}

interface Context {
  file: string
  locate: Locate
  problems: GateProblem[]
  lines: string[]
}

function buildModel(name: string, raw: RawModel, at: DataPath, ctx: Context, homes?: Map<string, DataPath>): ModelPolicy {
  const metricsFile = checkedPath(raw.metrics?.file, [...at, 'metrics', 'file'], ctx) ?? POLICY_DEFAULTS.metricsFile
  const baseline: BaselineSettings = {
    source: raw.baseline?.source ?? POLICY_DEFAULTS.baselineSource,
    file: checkedPath(raw.baseline?.file, [...at, 'baseline', 'file'], ctx) ?? metricsFile,
    missing: raw.baseline?.missing ?? POLICY_DEFAULTS.baselineMissing,
  }
  const statistics = statisticsOf(raw.statistics, undefined)
  const gateOf = (pattern: string, rawGate: Record<string, unknown>, path: DataPath): GateRule =>
    withStatistics(buildGate(pattern, rawGate as RawGate, path, ctx), rawGate, statistics)
  const rawGates = raw.gates ?? {}
  const gates = Object.keys(rawGates).map((pattern) =>
    gateOf(pattern, rawGates[pattern] as RawGate, homes?.get(pattern) ?? [...at, 'gates', pattern]),
  )
  if (gates.length === 0) {
    report(
      ctx,
      at,
      `${describePath(at)} has no \`gates\` (neither its own nor under \`defaults.gates\`).`,
      'Add a `gates:` mapping to the model, or shared gates under `defaults:`.',
    )
  }
  const model: ModelPolicy = { name, metricsFile, baseline, gates }
  if (raw.metrics?.format !== undefined) model.metricsFormat = raw.metrics.format
  const paths = raw.paths?.map((glob, i) => checkedPath(glob, [...at, 'paths', i], ctx)).filter((p): p is string => p !== undefined)
  if (paths !== undefined && paths.length > 0) model.paths = paths
  if (raw.declarations) model.declarations = buildDeclarations(raw.declarations, [...at, 'declarations'], ctx)
  if (raw.predictions) model.predictions = buildPredictions(raw.predictions, [...at, 'predictions'], ctx)
  if (raw.constants) model.constants = readConstants(raw.constants)
  if (raw.kpis) {
    const kpis = raw.kpis
    model.kpis = Object.keys(kpis).flatMap((kpi) => buildKpi(kpi, kpis[kpi] as RawKpi, [...at, 'kpis', kpi], ctx, gateOf) ?? [])
  }
  if (raw.fairness) {
    const fairness = raw.fairness
    model.fairness = Object.keys(fairness).flatMap(
      (pattern) => buildFairness(pattern, fairness[pattern] as RawFairness, [...at, 'fairness', pattern], ctx, gates) ?? [],
    )
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
    location: { file: ctx.file, line: position?.line, column: position?.column },
  }
  if (raw.better === undefined) rule.betterFrom = 'default'
  if (raw.description !== undefined) rule.description = raw.description
  const { min, max } = rule.rules
  if (min !== undefined && max !== undefined && min > max) {
    report(
      ctx,
      [...at, 'min'],
      `${describePath(at)} has \`min: ${min}\` above \`max: ${max}\`, so no value can pass.`,
      'Swap or correct the two bounds.',
    )
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
    require: raw.require ?? [...POLICY_DEFAULTS.declarationsRequire],
  }
  const schema = checkedPath(raw.schema, [...at, 'schema'], ctx)
  if (schema !== undefined) settings.schema = schema
  if (raw.max_review_age_days !== undefined) settings.maxReviewAgeDays = raw.max_review_age_days
  if (raw.codeowners === true) settings.codeowners = true
  return settings
}

/** Prediction settings: the baseline defaults to the candidate's path, the threshold to 0.5. */
function buildPredictions(raw: NonNullable<RawModel['predictions']>, at: DataPath, ctx: Context): PredictionSettings {
  const file = checkedPath(raw.file, [...at, 'file'], ctx) ?? raw.file
  return {
    file,
    baselineFile: checkedPath(raw.baseline, [...at, 'baseline'], ctx) ?? file,
    task: raw.task,
    threshold: raw.threshold ?? 0.5,
  }
}

/** A repository-relative path that stays inside the repository; reports and returns undefined otherwise. */
function checkedPath(path: string | undefined, at: DataPath, ctx: Context): string | undefined {
  if (path === undefined) return undefined
  const normal = path.replace(/\\/g, '/')
  if (normal.startsWith('/') || /^[A-Za-z]:/.test(normal) || normal.split('/').includes('..')) {
    report(
      ctx,
      at,
      `${describePath(at)} is \`${path}\`: expected a path inside the repository, relative to its root.`,
      'Remove the leading `/` or any `..`, e.g. `eval/metrics.json`.',
      'value',
    )
    return undefined
  }
  return path
}

function report(ctx: Context, at: DataPath, message: string, fix: string, target: LocateTarget = 'key'): void {
  const position = ctx.locate(at, target)
  ctx.problems.push({ file: ctx.file, line: position?.line, column: position?.column, message, fix })
}
