/**
 * The history of merged verdicts: one compact JSON line per merged run and model, appended to a
 * JSONL file on a data branch. Pure: the time and the commit are passed in, nothing is read here.
 */
import type { Better, Evaluation, GateResult, Mode, ModelPolicy, Verdict } from '../types.js'

export const HISTORY_VERSION = 1
/** Default data branch of the history (policy `history.branch`). */
export const DEFAULT_HISTORY_BRANCH = 'model-gate-data'
/** Default history file on the data branch (policy `history.path`). */
export const DEFAULT_HISTORY_PATH = 'history.jsonl'
/** Default number of entries kept; the oldest are dropped first. */
export const DEFAULT_KEEP = 500
/** Default cap on the history file's size in bytes (the contents API's JSON form serves up to 1 MB). */
export const DEFAULT_MAX_BYTES = 900 * 1024

/** A KPI value as recorded (KPIs come from the policy's `kpis:` section). */
export interface HistoryKpi {
  value: number
  unit?: string
}

/** The gate of a metric at that run, to draw the threshold line. */
export interface HistoryLimit {
  better: Better
  min?: number
  max?: number
}

/** A recorded override of a blocked verdict. */
export interface HistoryOverride {
  by: string
  reason?: string
}

/** One line of the history file. Keys are short on purpose: 5,000 lines must stay small. */
export interface HistoryEntry {
  v: typeof HISTORY_VERSION
  /** ISO 8601 time of the run (injected). */
  time: string
  /** The merged commit. */
  sha: string
  model: string
  verdict: Verdict
  mode: Mode
  /** Gated metrics with a numeric candidate value: name → value. */
  metrics: Record<string, number>
  /** The gate of each metric in `metrics` (when known): its direction and floor/ceiling. */
  limits?: Record<string, HistoryLimit>
  kpis?: Record<string, HistoryKpi>
  /** Declarations status: problems = failing or warning declaration checks. */
  declarations?: { ok: boolean; problems: number; nextReview?: string }
  override?: HistoryOverride
}

export interface BuildEntryOptions {
  time: string
  sha: string
  /** The model's policy, for the thresholds (`limits`). */
  policy?: ModelPolicy
  kpis?: Record<string, HistoryKpi>
  override?: HistoryOverride
}

/** One warning about the history file: a bad line, or the size cap. */
export interface HistoryWarning {
  line?: number
  message: string
}

export interface ParsedHistory {
  entries: HistoryEntry[]
  warnings: HistoryWarning[]
}

/** Builds the history entry of one model's evaluation. Metrics whose value is not a finite number are left out. */
export function buildEntry(evaluation: Evaluation, options: BuildEntryOptions): HistoryEntry {
  const metrics: Record<string, number> = {}
  const limits: Record<string, HistoryLimit> = {}
  for (const check of evaluation.checks) {
    if ((check.kind !== 'threshold' && check.kind !== 'baseline') || check.metric === undefined) continue
    if (typeof check.candidate !== 'number' || !Number.isFinite(check.candidate)) continue
    metrics[check.metric] = check.candidate
    const rule = options.policy?.gates.find((gate) => gate.pattern === check.gate)
    if (rule && limits[check.metric] === undefined) {
      limits[check.metric] = {
        better: rule.better,
        ...(rule.rules.min !== undefined ? { min: rule.rules.min } : {}),
        ...(rule.rules.max !== undefined ? { max: rule.rules.max } : {}),
      }
    }
  }
  const declarationChecks = evaluation.checks.filter((check) => check.kind === 'declaration')
  const problems = declarationChecks.filter((check) => check.status === 'fail' || check.status === 'warn').length
  const hasDeclarations = evaluation.declarations !== undefined || declarationChecks.length > 0
  const nextReview = evaluation.declarations?.nextReview
  return {
    v: HISTORY_VERSION,
    time: options.time,
    sha: options.sha,
    model: evaluation.model,
    verdict: evaluation.verdict,
    mode: evaluation.mode,
    metrics,
    ...(Object.keys(limits).length > 0 ? { limits } : {}),
    ...(options.kpis && Object.keys(options.kpis).length > 0 ? { kpis: options.kpis } : {}),
    ...(hasDeclarations ? { declarations: { ok: problems === 0, problems, ...(nextReview ? { nextReview } : {}) } } : {}),
    ...(options.override ? { override: options.override } : {}),
  }
}

/** The KPIs of an evaluation as history records them: each KPI's candidate value and unit, from its checks. */
export function kpisOf(evaluation: Evaluation): Record<string, HistoryKpi> {
  const kpis: Record<string, HistoryKpi> = {}
  for (const check of evaluation.checks) {
    if (check.kind !== 'kpi' || check.metric === undefined || kpis[check.metric] !== undefined) continue
    if (typeof check.candidate !== 'number' || !Number.isFinite(check.candidate)) continue
    kpis[check.metric] = { value: check.candidate, ...(check.unit !== undefined ? { unit: check.unit } : {}) }
  }
  return kpis
}

/** One entry per evaluated model of a run, all with the same time and commit. */
export function buildEntries(
  result: GateResult,
  options: BuildEntryOptions & { policies?: ModelPolicy[]; kpisByModel?: Record<string, Record<string, HistoryKpi>> },
): HistoryEntry[] {
  return result.evaluations.map((evaluation) =>
    buildEntry(evaluation, {
      ...options,
      policy: options.policies?.find((policy) => policy.name === evaluation.model) ?? options.policy,
      kpis: options.kpisByModel?.[evaluation.model] ?? options.kpis ?? kpisOf(evaluation),
    }),
  )
}

/** The entry as one compact JSON line (no trailing newline). */
export function serializeEntry(entry: HistoryEntry): string {
  return JSON.stringify(entry)
}

const VERDICTS = new Set(['approved', 'blocked', 'error'])
const MODES = new Set(['enforce', 'advisory'])

const encoder = new TextEncoder()

function utf8Length(text: string): number {
  return encoder.encode(text).length
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Why `value` is not a history entry, or undefined when it is one. */
function entryProblem(value: unknown): string | undefined {
  if (!isRecord(value)) return 'not a JSON object'
  if (value.v !== HISTORY_VERSION) return `unknown version ${JSON.stringify(value.v)} (expected ${HISTORY_VERSION})`
  for (const key of ['time', 'sha', 'model'] as const) {
    if (typeof value[key] !== 'string' || value[key] === '') return `"${key}" must be a non-empty string`
  }
  if (Number.isNaN(Date.parse(value.time as string))) return `"time" is not an ISO date: ${JSON.stringify(value.time)}`
  if (!VERDICTS.has(value.verdict as string)) return `"verdict" must be approved, blocked or error`
  if (!MODES.has(value.mode as string)) return `"mode" must be enforce or advisory`
  if (!isRecord(value.metrics) || !Object.values(value.metrics).every((n) => typeof n === 'number' && Number.isFinite(n))) {
    return '"metrics" must map names to finite numbers'
  }
  if (value.kpis !== undefined) {
    if (
      !isRecord(value.kpis) ||
      !Object.values(value.kpis).every((k) => isRecord(k) && typeof k.value === 'number' && Number.isFinite(k.value))
    ) {
      return '"kpis" must map names to { value: number, unit? }'
    }
  }
  if (value.limits !== undefined && !isRecord(value.limits)) return '"limits" must be an object'
  if (value.declarations !== undefined && !isRecord(value.declarations)) return '"declarations" must be an object'
  if (value.override !== undefined && (!isRecord(value.override) || typeof value.override.by !== 'string'))
    return '"override" must be { by, reason? }'
  return undefined
}

/**
 * Parses a JSONL history file. Blank lines are ignored; a line that is not a valid entry is
 * skipped with a warning naming `file` and its line number. Over `maxBytes`, only the newest
 * lines that fit are read (with a warning). Never throws.
 */
export function parseHistory(text: string, options: { file?: string; maxBytes?: number } = {}): ParsedHistory {
  const file = options.file ?? 'history.jsonl'
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES * 4
  const warnings: HistoryWarning[] = []
  const lines = text.split(/\r?\n/)
  let first = 0
  let size = utf8Length(text)
  if (size > maxBytes) {
    while (first < lines.length && size > maxBytes) size -= utf8Length(lines[first++] ?? '') + 1
    warnings.push({ message: `${file} is larger than ${maxBytes} bytes: its oldest ${first} lines were not read. Lower history.keep.` })
  }
  const entries: HistoryEntry[] = []
  for (let i = first; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim()
    if (line === '') continue
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch {
      warnings.push({ line: i + 1, message: `${file}:${i + 1}: not valid JSON; the line was skipped.` })
      continue
    }
    const problem = entryProblem(value)
    if (problem) {
      warnings.push({ line: i + 1, message: `${file}:${i + 1}: not a history entry (${problem}); the line was skipped.` })
      continue
    }
    entries.push(value as HistoryEntry)
  }
  return { entries, warnings }
}

/**
 * The file's text with `added` appended, keeping at most `keep` entries per model and at most
 * `maxBytes` bytes in all (the oldest lines are dropped first). Lines that did not parse are
 * dropped too (reported by {@link parseHistory}). An added entry whose model and commit are
 * already recorded is not added again (`duplicates`): a merge queue's run and the push of the
 * commit it merged, or a re-run of the same push, record that commit once.
 */
export function appendEntries(
  text: string,
  entries: HistoryEntry[],
  options: { keep?: number; maxBytes?: number; file?: string } = {},
): { text: string; dropped: number; duplicates: number; warnings: HistoryWarning[] } {
  const keep = Math.max(1, options.keep ?? DEFAULT_KEEP)
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  const parsed = parseHistory(text, { file: options.file, maxBytes: Number.MAX_SAFE_INTEGER })
  const recorded = new Set(parsed.entries.map((entry) => `${entry.model}\u0000${entry.sha}`))
  const added = entries.filter((entry) => !recorded.has(`${entry.model}\u0000${entry.sha}`))
  const all = [...parsed.entries, ...added]
  const perModel = new Map<string, number>()
  const kept: string[] = []
  for (let i = all.length - 1; i >= 0; i--) {
    const entry = all[i]!
    const count = perModel.get(entry.model) ?? 0
    if (count >= keep) continue
    perModel.set(entry.model, count + 1)
    kept.push(serializeEntry(entry))
  }
  kept.reverse()
  let size = kept.reduce((sum, line) => sum + utf8Length(line) + 1, 0)
  let start = 0
  while (size > maxBytes && start < kept.length - added.length) size -= utf8Length(kept[start++]!) + 1
  const lines = kept.slice(start)
  return {
    text: lines.length > 0 ? `${lines.join('\n')}\n` : '',
    dropped: all.length - lines.length,
    duplicates: entries.length - added.length,
    warnings: parsed.warnings,
  }
}
