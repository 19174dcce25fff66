/**
 * The JSON report (schema: schema/report.schema.json). Every field is always present, with
 * null where a value is unknown, so consumers need no existence checks.
 */
import type {
  Check,
  CheckKind,
  DeclarationSummary,
  GateResult,
  Mode,
  PolicyChange,
  Provenance,
  Severity,
  Status,
  Verdict,
} from '../core/types.js'
import type { OverrideSummary } from '../core/override.js'
import { blocksMerge, failedCount } from '../core/verdict.js'
import { predictionsReport, type ReportPredictions } from './predictions.js'

export const REPORT_VERSION = 1

export interface ReportSource {
  source: Provenance['source']
  sha: string | null
  path: string | null
  note: string | null
}

export interface ReportCheck {
  id: string
  kind: CheckKind
  metric: string | null
  status: Status
  severity: Severity
  candidate: number | null
  baseline: number | null
  ruleKey: string | null
  rule: string
  /** Only when the direction came from the metrics file: the direction used. */
  better?: 'higher' | 'lower'
  betterFrom?: 'metrics file'
  limit: number | null
  worsening: number | null
  message: string
  fix: string | null
  note: string | null
  field: string | null
  /** The policy gate (pattern) the check came from. */
  gate: string | null
  /** Where the gate is written in the policy, or the declaration in its file. */
  location: { file: string; line: number | null; column: number | null } | null
  model: string
  /** For a statistical baseline rule: the interval for w it decided on (absent in reports of earlier releases). */
  statistics?: ReportStatistics | null
  /** For a KPI check: its unit as written. */
  unit?: string | null
  /** For a KPI check: what it means. */
  description?: string | null
  /** For a fairness check: the slices compared. */
  fairness?: ReportFairness | null
}

export interface ReportStatistics {
  method: string
  confidence: number
  interval: [number, number]
  p_value: number | null
  note: string | null
}

export interface ReportSlice {
  slice: string
  metric: string
  value: number
  n: number | null
}

export interface ReportFairness {
  slices: ReportSlice[]
  best: ReportSlice | null
  worst: ReportSlice | null
  gap: number | null
  ratio: number | null
  skipped: Array<{ slice: string; metric: string; n: number | null; note: string }>
  baselineGap: number | null
}

export interface ReportProblem {
  file: string
  line: number | null
  column: number | null
  message: string
  fix: string | null
  model: string
}

export interface ReportPolicyChange {
  target: string
  field: string
  from: unknown
  to: unknown
  effect: PolicyChange['effect']
  words: string
  description: string
  model: string
}

/** The declarations at a glance (privacy, ownership), as the comment shows them. */
export interface ReportDeclarations {
  file: string
  personalData: boolean | null
  regulations: string[]
  legalBasis: string[]
  anonymisation: string | null
  specialCategories: string[]
  owners: string[]
  team: string | null
  onCall: string | null
  lastReviewed: string | null
  nextReview: string | null
}

export interface ReportModel {
  model: string
  verdict: Verdict
  failed: number
  policy: ReportSource
  baseline: ReportSource
  candidate: ReportSource
  /** Null when the policy has no `declarations` section or the file could not be read. */
  declarations: ReportDeclarations | null
  /** Null when the policy has no `predictions` section (or the files could not be read). */
  predictions: ReportPredictions | null
}

/** A check the override covers or does not cover, as the report writes it (null for no metric or value). */
export interface ReportOverrideCheck {
  model: string
  id: string
  metric: string | null
  value: number | null
}

/** The override and its audit record (docs/oversight.md). */
export interface ReportOverride {
  state: OverrideSummary['state']
  overridden: boolean
  explanation: string
  record: {
    by: string
    at: string
    authority: string
    reason: string | null
    reasonCommentId: number | null
    waived: ReportOverrideCheck[]
    headSha: string
  } | null
  newFailures: Array<ReportOverrideCheck & { why: 'new' | 'worse'; waivedValue: number | null }>
}

export interface Report {
  version: typeof REPORT_VERSION
  verdict: Verdict
  mode: Mode
  /** Failed blocking checks, over all models. */
  failed: number
  /** The model key of the run: a model name, `default`, or `all`. */
  model: string
  head: string | null
  base: string | null
  /** Where the policy / baseline / candidate of the first model were read. */
  policy: ReportSource
  baseline: ReportSource
  candidate: ReportSource
  models: ReportModel[]
  checks: ReportCheck[]
  problems: ReportProblem[]
  policyChanges: ReportPolicyChange[]
  /** The override; null without one. Reports written before overrides existed lack the field. */
  override?: ReportOverride | null
  /** Models `changed_only: true` did not gate; only when some were skipped. */
  skipped?: Array<{ model: string; reason: string }>
  /** Remarks on the run as a whole; only when there are some. */
  notes?: string[]
}

const NO_SOURCE: Provenance = { source: 'none' }

function source(prov: Provenance, fallbackPath?: string): ReportSource {
  return { source: prov.source, sha: prov.sha ?? null, path: prov.path ?? fallbackPath ?? null, note: prov.note ?? null }
}

function declarations(summary: DeclarationSummary | undefined): ReportDeclarations | null {
  if (!summary) return null
  return {
    file: summary.file,
    personalData: summary.personalData ?? null,
    regulations: [...summary.regulations],
    legalBasis: [...summary.legalBasis],
    anonymisation: summary.anonymisation ?? null,
    specialCategories: [...summary.specialCategories],
    owners: [...summary.owners],
    team: summary.team ?? null,
    onCall: summary.onCall ?? null,
    lastReviewed: summary.lastReviewed ?? null,
    nextReview: summary.nextReview ?? null,
  }
}

function reportSlice(s: { slice: string; metric: string; value: number; n?: number }): ReportSlice {
  return { slice: s.slice, metric: s.metric, value: s.value, n: s.n ?? null }
}

/** The statistics, unit, description and fairness of a check, null when it has none. */
export function checkExtras(c: Check): Pick<ReportCheck, 'statistics' | 'unit' | 'description' | 'fairness'> {
  const f = c.fairness
  return {
    statistics: c.statistics
      ? {
          method: c.statistics.method,
          confidence: c.statistics.confidence,
          interval: [c.statistics.interval[0], c.statistics.interval[1]],
          p_value: finiteOrNull(c.statistics.p_value),
          note: c.statistics.note ?? null,
        }
      : null,
    unit: c.unit ?? null,
    description: c.description ?? null,
    fairness: f
      ? {
          slices: f.slices.map(reportSlice),
          best: f.best ? reportSlice(f.best) : null,
          worst: f.worst ? reportSlice(f.worst) : null,
          gap: finiteOrNull(f.gap),
          ratio: finiteOrNull(f.ratio),
          skipped: f.skipped.map((s) => ({ slice: s.slice, metric: s.metric, n: s.n ?? null, note: s.note })),
          baselineGap: finiteOrNull(f.baselineGap),
        }
      : null,
  }
}

function finiteOrNull(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null
}

/** A JSON value: `undefined` becomes null, anything JSON cannot hold becomes its string form. */
function jsonValue(value: unknown): unknown {
  if (value === undefined) return null
  try {
    return JSON.parse(JSON.stringify(value) ?? 'null')
  } catch {
    return String(value)
  }
}

function overrideCheck(c: { model: string; id: string; metric?: string; value: number | null }): ReportOverrideCheck {
  return { model: c.model, id: c.id, metric: c.metric ?? null, value: finiteOrNull(c.value) }
}

/** The override of a result as the report writes it; null without one. */
export function reportOverride(override: OverrideSummary | undefined): ReportOverride | null {
  if (!override) return null
  const { record } = override
  return {
    state: override.state,
    overridden: override.overridden,
    explanation: override.explanation,
    record: record
      ? {
          by: record.by,
          at: record.at,
          authority: record.authority,
          reason: record.reason,
          reasonCommentId: record.reasonCommentId,
          waived: record.waived.map(overrideCheck),
          headSha: record.headSha,
        }
      : null,
    newFailures: override.newFailures.map((f) => ({ ...overrideCheck(f), why: f.why, waivedValue: finiteOrNull(f.waivedValue) })),
  }
}

/** One check as the report writes it (the keys in this order). */
function reportCheck(c: Check, model: string): ReportCheck {
  // One literal for every check (one object shape); the extras overwrite their keys in place.
  const out: ReportCheck = {
    id: c.id,
    kind: c.kind,
    metric: c.metric ?? null,
    status: c.status,
    severity: c.severity,
    candidate: finiteOrNull(c.candidate),
    baseline: finiteOrNull(c.baseline),
    ruleKey: c.ruleKey ?? null,
    rule: c.rule,
    limit: finiteOrNull(c.limit),
    worsening: finiteOrNull(c.worsening),
    message: c.message,
    fix: c.fix ?? null,
    note: c.note ?? null,
    field: c.field ?? null,
    gate: c.gate ?? null,
    location: c.location ? { file: c.location.file, line: c.location.line ?? null, column: c.location.column ?? null } : null,
    model,
    statistics: null,
    unit: c.unit ?? null,
    description: c.description ?? null,
    fairness: null,
  }
  if (c.statistics !== undefined || c.fairness !== undefined) Object.assign(out, checkExtras(c))
  if (!c.betterFrom) return out
  // A direction taken from the metrics file is written after the rule.
  const { id, kind, metric, status, severity, candidate, baseline, ruleKey, rule, ...rest } = out
  return { id, kind, metric, status, severity, candidate, baseline, ruleKey, rule, better: c.better, betterFrom: c.betterFrom, ...rest }
}

/** The JSON report of a run: the verdict, where inputs came from, and every check of every model. */
export function toReport(result: GateResult): Report {
  const [first] = result.evaluations
  const policyPath = result.policyPath
  return {
    version: REPORT_VERSION,
    verdict: result.verdict,
    mode: result.mode,
    failed: failedCount(result.evaluations),
    model: result.modelKey,
    head: result.headSha ?? null,
    base: result.baseSha ?? null,
    policy: source(first?.policy ?? NO_SOURCE, policyPath),
    baseline: source(first?.baseline ?? NO_SOURCE),
    candidate: source(first?.candidate ?? NO_SOURCE),
    ...(result.skipped?.length ? { skipped: result.skipped.map((m) => ({ model: m.model, reason: m.reason })) } : {}),
    ...(result.notes?.length ? { notes: [...result.notes] } : {}),
    models: result.evaluations.map((ev) => ({
      model: ev.model,
      verdict: ev.verdict,
      failed: ev.checks.filter(blocksMerge).length,
      policy: source(ev.policy, policyPath),
      baseline: source(ev.baseline),
      candidate: source(ev.candidate),
      declarations: declarations(ev.declarations),
      predictions: predictionsReport(ev.predictions),
    })),
    checks: result.evaluations.flatMap((ev) => ev.checks.map((c) => reportCheck(c, ev.model))),
    problems: result.evaluations.flatMap((ev) =>
      ev.problems.map((p) => ({
        file: p.file,
        line: p.line ?? null,
        column: p.column ?? null,
        message: p.message,
        fix: p.fix ?? null,
        model: ev.model,
      })),
    ),
    policyChanges: result.evaluations.flatMap((ev) =>
      ev.policyChanges.map((c) => ({
        target: c.target,
        field: c.field,
        from: jsonValue(c.from),
        to: jsonValue(c.to),
        effect: c.effect,
        words: c.words,
        description: c.description,
        model: ev.model,
      })),
    ),
    override: reportOverride(result.override),
  }
}

/**
 * The report file's contents: the report as JSON indented by two spaces, then a newline, in UTF-8.
 * Byte for byte what writing `JSON.stringify(toReport(result), null, 2) + '\n'` as a string gives.
 */
export function reportFileContents(result: GateResult): Buffer {
  // The newline is written as a byte: `json + '\n'` would be a second string of megabytes to flatten.
  const json = JSON.stringify(toReport(result), null, 2)
  const bytes = Buffer.allocUnsafe(Buffer.byteLength(json, 'utf8') + 1)
  bytes.write(json, 0, 'utf8')
  bytes[bytes.length - 1] = 0x0a
  return bytes
}

/**
 * `Buffer.from(text)`, faster for a text of megabytes: the buffer is sized with
 * `Buffer.byteLength` and written in place rather than through Buffer.from's path for large strings.
 * Lone surrogates become U+FFFD in both, so the bytes are the same.
 */
export function utf8(text: string): Buffer {
  const bytes = Buffer.allocUnsafe(Buffer.byteLength(text, 'utf8'))
  bytes.write(text, 0, bytes.length, 'utf8')
  return bytes
}
