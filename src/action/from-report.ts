/**
 * The comment-only mode of the action (input `report`): the `workflow_run` half of the pattern for
 * pull requests from forks (docs/forks.md). The report was written by a run whose code the PR's
 * author controls, so it is untrusted data: read with a size cap, validated against
 * schema/report.schema.json and for consistency, rebuilt into a GateResult and rendered by the
 * normal renderer (never posted as it is), and posted only on the pull request whose current head
 * is the commit the report judged.
 */
import * as core from './runner.js'
import type { ErrorObject, ValidateFunction } from 'ajv'
import { constants } from 'node:fs'
import { open, readFile, type FileHandle } from 'node:fs/promises'
import type { OverrideSummary } from '../core/override.js'
import type { Check, DeclarationSummary, Evaluation, GateResult, Provenance, Verdict } from '../core/types.js'
import { blocksMerge, combine, failedCount } from '../core/verdict.js'
import { renderContextFromEnv } from '../gate/links.js'
import { logSafe } from '../gate/log-text.js'
import { createClient, type GitHubClient } from '../github/client.js'
import { upsertStickyComment } from '../github/comments.js'
import { eventContext } from '../github/event.js'
import { reportValidator } from '../generated/report-validator.js'
import { errorMessage, httpStatus } from '../github/http-error.js'
import { tokenIdentity } from '../github/identity.js'
import { pullRequestHead } from '../github/pulls.js'
import { renderCommentDoc, renderSummaryDoc } from '../render/comment.js'
import { predictionsFromReport } from '../render/predictions-report.js'
import { shortSha } from '../render/format.js'
import type { Report, ReportCheck, ReportDeclarations, ReportOverride, ReportSource } from '../render/report.js'
import { COMMENT_LIMIT, commentLength, fitComment } from '../render/truncate.js'
import type { ActionInputs } from './inputs.js'
import { writeJobSummary } from './publish.js'
import { isObject, quote as quoteText } from '../core/words.js'
import { modelsOutput } from './models-output.js'

/** Largest report read; a real one is far smaller (a few hundred bytes per check). */
export const MAX_REPORT_BYTES = 16 * 1024 * 1024
const DEFAULT_POLICY_PATH = '.github/model-gate.yml'
const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/

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
    const why = code === 'ENOENT' ? 'there is no such file' : code === 'ELOOP' ? 'it is a symbolic link' : errorMessage(err)
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
    throw new InvalidReport(`${label} is not JSON: ${errorMessage(err)}.`)
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

/** The `pull_request` run the workflow_run event reports on (GitHub fills this; it is trusted). */
export interface WorkflowRun {
  id: number
  headSha: string
  /** `owner:branch` of the PR's head, for finding a fork's PR by its branch. */
  headLabel?: string
  /** PRs of this repository the run belongs to; empty for a PR from a fork. */
  pullNumbers: number[]
}

/** The workflow_run part of a `workflow_run` event payload (pure). Throws an Error naming what is missing. */
export function workflowRunOf(payload: unknown, owner: string, repo: string): WorkflowRun {
  const run = isObject(payload) ? payload.workflow_run : undefined
  if (!isObject(run)) throw new Error('The `workflow_run` event payload has no `workflow_run` object.')
  const { id, head_sha: headSha, head_branch: branch, head_repository: headRepo, pull_requests: pulls } = run
  if (!Number.isSafeInteger(id)) throw new Error('The `workflow_run` event payload has no run id at `workflow_run.id`.')
  if (typeof headSha !== 'string' || !SHA.test(headSha))
    throw new Error('The `workflow_run` event payload has no commit SHA at `workflow_run.head_sha`.')
  const headOwner = isObject(headRepo) && isObject(headRepo.owner) ? headRepo.owner.login : undefined
  const ours = `/repos/${owner}/${repo}`.toLowerCase()
  const pullNumbers = (Array.isArray(pulls) ? pulls : []).flatMap((pr) => {
    if (!isObject(pr) || !Number.isSafeInteger(pr.number) || (pr.number as number) <= 0) return []
    const baseUrl = isObject(pr.base) && isObject(pr.base.repo) ? pr.base.repo.url : undefined
    return typeof baseUrl === 'string' && !baseUrl.toLowerCase().endsWith(ours) ? [] : [pr.number as number]
  })
  return {
    id: id as number,
    headSha,
    headLabel: typeof headOwner === 'string' && typeof branch === 'string' && headOwner && branch ? `${headOwner}:${branch}` : undefined,
    pullNumbers,
  }
}

interface Repo {
  owner: string
  repo: string
}

interface PullSummary {
  number: number
  state: string
  head: { sha: string }
}

/** Open PRs of the repository whose head is the run's commit. */
async function openPullsAt(client: GitHubClient, where: Repo, run: WorkflowRun): Promise<number[]> {
  const matching = (pulls: PullSummary[]): number[] => [
    ...new Set(pulls.filter((p) => p.state === 'open' && p.head.sha === run.headSha).map((p) => p.number)),
  ]
  const { data: associated } = await client.rest.repos.listPullRequestsAssociatedWithCommit({
    ...where,
    commit_sha: run.headSha,
    per_page: 100,
  })
  const found = matching(associated)
  if (found.length > 0 || !run.headLabel) return found
  // A fork's commit is often not associated with the base repository: ask by the head branch.
  const { data: byBranch } = await client.rest.pulls.list({ ...where, state: 'open', head: run.headLabel, per_page: 100 })
  return matching(byBranch)
}

/** The PR to comment on, or why not: it must exist, be unambiguous, and still be at the run's head. */
async function targetPull(client: GitHubClient, where: Repo, run: WorkflowRun): Promise<{ number: number } | { refusal: string }> {
  const head = shortSha(run.headSha)
  const numbers = run.pullNumbers.length ? run.pullNumbers.slice(0, 1) : await openPullsAt(client, where, run)
  const [number] = numbers
  if (number === undefined) return { refusal: `No open pull request has the head ${head} (it was pushed to since, or closed).` }
  if (numbers.length > 1)
    return { refusal: `Several open pull requests have the head ${head} (#${numbers.join(', #')}): not choosing one.` }
  const current = await pullRequestHead(client, where.owner, where.repo, number)
  if (current !== run.headSha) {
    return {
      refusal: `Pull request #${number} is now at ${shortSha(current)}, no longer at ${head}, the commit this report is for: the run for the new head comments instead.`,
    }
  }
  return { number }
}

async function readEventPayload(): Promise<unknown> {
  const path = process.env.GITHUB_EVENT_PATH
  if (!path) return {}
  try {
    return JSON.parse(await readFile(path, 'utf8'))
  } catch (err) {
    throw new Error(`Could not read the event payload ${path}: ${errorMessage(err)}`, { cause: err })
  }
}

/** Refused by GitHub for lack of permission: a 403 (not retried as a rate limit), here or in a cause. */
function isPermission(err: unknown): boolean {
  for (let current = err, depth = 0; depth < 5 && current !== undefined; depth++) {
    if (httpStatus(current) === 403) return true
    current = current instanceof Error ? current.cause : undefined
  }
  return false
}

/**
 * Posts the sticky comment from the report, when the run, the report and the PR agree on the head
 * commit. Returns the comment's URL; undefined (after a warning) when it refuses or lacks permission.
 */
async function publish(inputs: ActionInputs, where: Repo, run: WorkflowRun, report: Report): Promise<string | undefined> {
  if (report.head !== run.headSha) {
    core.warning(
      `The report is for commit ${report.head && SHA.test(report.head) ? shortSha(report.head) : quote(report.head ?? 'null')}, but the workflow run was for ${shortSha(run.headSha)}: ` +
        'not posting it (a forged or mixed-up report).',
    )
    return undefined
  }
  if (!inputs.comment) {
    core.info('`comment: false`: the report was checked, no comment was posted.')
    return undefined
  }
  if (!inputs.token) {
    core.warning('No `github-token`: the PR comment was not written.')
    return undefined
  }
  const client = createClient(inputs.token, { baseUrl: process.env.GITHUB_API_URL, log: (m) => core.warning(m) })
  try {
    const target = await targetPull(client, where, run)
    if ('refusal' in target) {
      core.warning(`${target.refusal} No comment was posted.`)
      return undefined
    }
    const result = resultFromReport(report)
    const render = renderContextFromEnv({ ...process.env, GITHUB_RUN_ID: String(run.id) }, result.policyPath)
    await writeJobSummary(renderSummaryDoc(result, render))
    const doc = renderCommentDoc(result, render)
    const fitted = (limit: number): string => fitComment(doc, limit, { runUrl: render.runUrl })
    const posted = await upsertStickyComment(client, {
      ...where,
      issueNumber: target.number,
      body: fitted(COMMENT_LIMIT),
      modelKey: result.modelKey,
      identity: await tokenIdentity(client),
      headSha: result.headSha,
      shorten: (sent) => fitted(Math.floor(commentLength(sent) / 2)),
      log: (message) => core.info(logSafe(message)),
    })
    const what = posted.action === 'skipped' ? `kept (it holds a newer result: ${posted.reason})` : posted.action
    core.info(logSafe(`PR comment on #${target.number} ${what}, from the report of run ${run.id}: ${posted.url}`))
    return posted.url
  } catch (err) {
    if (!isPermission(err)) throw new Error(`Could not post the PR comment from the report: ${errorMessage(err)}`, { cause: err })
    core.warning(
      `Could not post the PR comment (${errorMessage(err)}): the token lacks permission. ` +
        'Give the `workflow_run` workflow `pull-requests: write` (see docs/forks.md).',
    )
    return undefined
  }
}

/**
 * The action with the `report` input: posts the PR comment from a report written by a model-gate
 * run, in a `workflow_run` run. Outputs the report's verdict and failed count; the exit status is 0
 * unless the event or the report is unusable or posting fails for a reason other than permission
 * (the PR's check status comes from the run that wrote the report).
 */
export async function commentFromReport(inputs: ActionInputs, reportPath: string): Promise<void> {
  let verdict: Verdict = 'error'
  let failed = 0
  let models = '[]'
  let url: string | undefined
  try {
    const eventName = process.env.GITHUB_EVENT_NAME ?? ''
    if (eventName !== 'workflow_run') {
      throw new Error(
        `The \`report\` input posts the comment from a \`workflow_run\` run (see docs/forks.md); this is a \`${eventName || 'manual'}\` run. ` +
          'Remove the input to run the gate itself.',
      )
    }
    const payload = await readEventPayload()
    const { owner, repo } = eventContext(eventName, payload, process.env)
    const run = workflowRunOf(payload, owner, repo)
    const report = await readReport(reportPath)
    verdict = report.verdict
    failed = report.failed
    models = modelsOutput(resultFromReport(report))
    url = await publish(inputs, { owner, repo }, run, report)
  } catch (err) {
    const tail = err instanceof InvalidReport ? ' It is not trusted: no comment was posted.' : ''
    core.setFailed(`model-gate: ${errorMessage(err)}${tail}`)
  } finally {
    core.setOutput('verdict', verdict)
    core.setOutput('failed', String(failed))
    core.setOutput('report', reportPath)
    core.setOutput('models', models)
    core.setOutput('comment-url', url ?? '')
  }
}
