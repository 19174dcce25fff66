/**
 * Reading a JSON report back (the fork comment-only mode): with a size cap, validated against
 * schema/report.schema.json (precompiled) and for consistency, and rebuilt into the GateResult it
 * was written from. Beside write.ts, which writes it: the two halves of one format.
 */
import type { ErrorObject, ValidateFunction } from 'ajv'
import { constants } from 'node:fs'
import { open, type FileHandle } from 'node:fs/promises'
import type { OverrideSummary } from '../core/override.js'
import type { Check, DeclarationSummary, Evaluation, GateResult, Provenance, Verdict } from '../core/types.js'
import { blocksMerge, combine, failedCount } from '../core/verdict.js'
import { quote as quoteText } from '../core/words.js'
import { reportValidator } from '../generated/report-validator.js'
import { predictionsFromReport } from './predictions.js'
import type { Report, ReportCheck, ReportDeclarations, ReportOverride, ReportSource } from './write.js'

/** The policy path the comment names when the report does not say. */
const DEFAULT_POLICY_PATH = '.github/model-gate.yml'

/** Largest report read; a real one is far smaller (a few hundred bytes per check). */
export const MAX_REPORT_BYTES = 16 * 1024 * 1024

/** The report cannot be used: unreadable, too large, not JSON, not the schema, or self-contradictory. */
export class InvalidReport extends Error {}

/** The report schema's validator, precompiled at build time (scripts/validators.mjs). */
function validateSchema(): ValidateFunction {
  return reportValidator.validate
}

/** Report text quoted for a message: JSON-quoted and cut short (it is untrusted and may be huge). */
function quote(text: string): string {
  return quoteText(text, 80)
}

function schemaError(error: ErrorObject | undefined): string {
  if (!error) return 'it does not match schema/report.schema.json'
  const at = error.instancePath ? quote(error.instancePath) : 'the top level'
  const params = error.params as { additionalProperty?: string; allowedValues?: unknown[] }
  const detail =
    params.additionalProperty !== undefined
      ? `has an unknown field ${quote(params.additionalProperty)}`
      : params.allowedValues
        ? `must be one of ${params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`
        : (error.message ?? 'is not valid')
  return `${at} ${detail} (schema/report.schema.json)`
}

/** Reads at most `maxBytes` of a regular file (no symlink) as UTF-8. */
async function readCapped(path: string, maxBytes: number): Promise<string> {
  let handle: FileHandle
  try {
    handle = await open(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0))
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    const why =
      code === 'ENOENT'
        ? 'there is no such file'
        : code === 'ELOOP'
          ? 'it is a symbolic link'
          : err instanceof Error
            ? err.message
            : String(err)
    throw new InvalidReport(`Cannot read the report ${path}: ${why}.`)
  }
  try {
    if (!(await handle.stat()).isFile()) throw new InvalidReport(`The report ${path} is not a regular file.`)
    const chunks: Buffer[] = []
    let total = 0
    for (;;) {
      const { bytesRead, buffer } = await handle.read({ buffer: Buffer.alloc(64 * 1024) })
      if (bytesRead === 0) break
      total += bytesRead
      if (total > maxBytes) throw new InvalidReport(`The report ${path} is larger than ${maxBytes} bytes.`)
      chunks.push(buffer.subarray(0, bytesRead))
    }
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks))
    } catch {
      throw new InvalidReport(`The report ${path} is not UTF-8 text.`)
    }
  } finally {
    await handle.close()
  }
}

/** A model's verdict as its checks and problems make it (as the evaluation computes it). */
function verdictOf(ev: Evaluation): Verdict {
  if (ev.problems.length > 0) return 'error'
  return ev.checks.some(blocksMerge) ? 'blocked' : 'approved'
}

/** What contradicts itself in a schema-valid report, so the comment cannot claim what its checks do not. */
function contradictions(report: Report): string[] {
  const names = report.models.map((m) => m.model)
  if (new Set(names).size !== names.length) return ['a model is listed twice in `models`']
  const known = new Set(names)
  const stray = [...report.checks, ...report.problems, ...report.policyChanges].find((item) => !known.has(item.model))
  if (stray) return [`an entry is for model ${quote(stray.model)}, which \`models\` does not list`]

  const found: string[] = []
  const result = resultFromReport(report)
  result.evaluations.forEach((ev, i) => {
    const failed = ev.checks.filter(blocksMerge).length
    const said = report.models[i]!
    if (said.failed !== failed) found.push(`model ${quote(ev.model)} says ${said.failed} failed checks, its checks have ${failed}`)
    const verdict = verdictOf(ev)
    if (ev.verdict !== verdict) found.push(`model ${quote(ev.model)} is \`${ev.verdict}\`, its checks and problems make it \`${verdict}\``)
  })
  const failed = failedCount(result.evaluations)
  if (report.failed !== failed) found.push(`the report says ${report.failed} failed checks, its checks have ${failed}`)
  const combined = combine(result.evaluations)
  const overridden = report.override?.overridden === true
  if (overridden && combined !== 'blocked')
    found.push(`the report says an override approved it, but its models make it \`${combined}\`, not \`blocked\``)
  const verdict = overridden && combined === 'blocked' ? 'approved' : combined
  if (report.verdict !== verdict)
    found.push(`the report is \`${report.verdict}\`, its ${overridden ? 'overridden ' : ''}models make it \`${verdict}\``)
  return found
}

/** A report from its text: JSON, valid against schema/report.schema.json, consistent. Throws InvalidReport. */
export function parseReport(text: string, label = 'the report'): Report {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (err) {
    throw new InvalidReport(`${label} is not JSON: ${err instanceof Error ? err.message : String(err)}.`)
  }
  const validate = validateSchema()
  if (!validate(data)) throw new InvalidReport(`${label} is not a model-gate report: ${schemaError(validate.errors?.[0])}.`)
  const report = data as unknown as Report
  const wrong = contradictions(report)
  if (wrong.length) throw new InvalidReport(`${label} contradicts itself: ${wrong.join('; ')}.`)
  return report
}

/** Reads a report file (at most MAX_REPORT_BYTES) and validates it; throws InvalidReport. */
export async function readReport(path: string, maxBytes = MAX_REPORT_BYTES): Promise<Report> {
  return parseReport(await readCapped(path, maxBytes), `The report ${path}`)
}

const orUndefined = <T>(value: T | null): T | undefined => (value === null ? undefined : value)

function provenance(source: ReportSource): Provenance {
  return { source: source.source, path: orUndefined(source.path), sha: orUndefined(source.sha), note: orUndefined(source.note) }
}

function check(c: ReportCheck): Check {
  return {
    id: c.id,
    kind: c.kind,
    metric: orUndefined(c.metric),
    status: c.status,
    severity: c.severity,
    candidate: c.candidate,
    baseline: c.baseline,
    ruleKey: orUndefined(c.ruleKey),
    rule: c.rule,
    ...(c.betterFrom ? { better: c.better, betterFrom: c.betterFrom } : {}),
    limit: orUndefined(c.limit),
    worsening: orUndefined(c.worsening),
    message: c.message,
    fix: orUndefined(c.fix),
    note: orUndefined(c.note),
    field: orUndefined(c.field),
    gate: orUndefined(c.gate),
    location: c.location
      ? { file: c.location.file, line: orUndefined(c.location.line), column: orUndefined(c.location.column) }
      : undefined,
    ...checkExtrasFrom(c),
  }
}

type SliceOf = NonNullable<ReportCheck['fairness']>['slices'][number]

function sliceFrom(s: SliceOf): { slice: string; metric: string; value: number; n?: number } {
  return s.n === null ? { slice: s.slice, metric: s.metric, value: s.value } : { slice: s.slice, metric: s.metric, value: s.value, n: s.n }
}

/** The statistics, unit, description and fairness of a report check, back on the Check. */
function checkExtrasFrom(c: ReportCheck): Partial<Check> {
  const out: Partial<Check> = {}
  if (c.statistics) {
    const s = c.statistics
    out.statistics = { method: s.method, confidence: s.confidence, interval: [s.interval[0], s.interval[1]] }
    if (s.p_value !== null) out.statistics.p_value = s.p_value
    if (s.note !== null) out.statistics.note = s.note
  }
  if (c.unit) out.unit = c.unit
  if (c.description) out.description = c.description
  if (c.fairness) {
    const f = c.fairness
    out.fairness = {
      slices: f.slices.map(sliceFrom),
      skipped: f.skipped.map((s) =>
        s.n === null ? { slice: s.slice, metric: s.metric, note: s.note } : { slice: s.slice, metric: s.metric, n: s.n, note: s.note },
      ),
    }
    if (f.best) out.fairness.best = sliceFrom(f.best)
    if (f.worst) out.fairness.worst = sliceFrom(f.worst)
    if (f.gap !== null) out.fairness.gap = f.gap
    if (f.ratio !== null) out.fairness.ratio = f.ratio
    if (f.baselineGap !== null) out.fairness.baselineGap = f.baselineGap
  }
  return out
}

function declarationSummary(d: ReportDeclarations): DeclarationSummary {
  return {
    file: d.file,
    personalData: orUndefined(d.personalData),
    regulations: d.regulations,
    legalBasis: d.legalBasis,
    anonymisation: orUndefined(d.anonymisation),
    specialCategories: d.specialCategories,
    owners: d.owners,
    team: orUndefined(d.team),
    onCall: orUndefined(d.onCall),
    lastReviewed: orUndefined(d.lastReviewed),
    nextReview: orUndefined(d.nextReview),
  }
}

function overrideSummary(o: ReportOverride): OverrideSummary {
  const item = (c: { model: string; id: string; metric: string | null; value: number | null }) => ({
    model: c.model,
    id: c.id,
    ...(c.metric !== null ? { metric: c.metric } : {}),
    value: c.value,
  })
  return {
    state: o.state,
    overridden: o.overridden,
    explanation: o.explanation,
    record: o.record ? { ...o.record, waived: o.record.waived.map(item) } : null,
    newFailures: o.newFailures.map((f) => ({ ...item(f), why: f.why, ...(f.waivedValue !== null ? { waivedValue: f.waivedValue } : {}) })),
  }
}

/**
 * The GateResult a report was written from, as far as the comment shows it: renderComment of the
 * result gives the comment the run that wrote the report posted (or would have, given the token).
 */
export function resultFromReport(report: Report): GateResult {
  const evaluations = report.models.map((m): Evaluation => ({
    model: m.model,
    verdict: m.verdict,
    mode: report.mode,
    checks: report.checks.filter((c) => c.model === m.model).map(check),
    problems: report.problems
      .filter((p) => p.model === m.model)
      .map((p) => ({
        file: p.file,
        line: orUndefined(p.line),
        column: orUndefined(p.column),
        message: p.message,
        fix: orUndefined(p.fix),
      })),
    policy: provenance(m.policy),
    baseline: provenance(m.baseline),
    candidate: provenance(m.candidate),
    policyChanges: report.policyChanges
      .filter((c) => c.model === m.model)
      .map((c) => ({
        target: c.target,
        field: c.field,
        from: c.from,
        to: c.to,
        effect: c.effect,
        words: c.words,
        description: c.description,
      })),
    ...(m.declarations ? { declarations: declarationSummary(m.declarations) } : {}),
    ...(m.predictions ? { predictions: predictionsFromReport(m.predictions) } : {}),
  }))
  return {
    verdict: report.verdict,
    mode: report.mode,
    evaluations,
    modelKey: report.model,
    headSha: orUndefined(report.head),
    baseSha: orUndefined(report.base),
    policyPath: report.policy.path ?? DEFAULT_POLICY_PATH,
    ...(report.override ? { override: overrideSummary(report.override) } : {}),
    ...(report.skipped?.length ? { skipped: report.skipped } : {}),
    ...(report.notes?.length ? { notes: report.notes } : {}),
  }
}
