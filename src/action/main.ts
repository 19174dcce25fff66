import * as core from './runner.js'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { checkSentence } from '../core/check-text.js'
import { GateError, formatProblem } from '../core/errors.js'
import type { GateResult } from '../core/types.js'
import { withOverrideState } from '../core/override-state.js'
import { exitCode, failedCount } from '../core/verdict.js'
import { renderContextFromEnv } from '../gate/links.js'
import { logSafe } from '../gate/log-text.js'
import { runGate } from '../gate/run.js'
import { createClient, type GitHubClient } from '../github/client.js'
import { eventContext, type EventContext } from '../github/event.js'
import { tokenIdentity } from '../github/identity.js'
import { waivedKey } from '../render/annotations.js'
import { pullRequestFiles } from '../github/pull-files.js'
import { renderCommentDoc, renderSummaryDoc } from '../render/comment.js'
import { docMarkdown, type CommentDoc } from '../render/doc.js'
import type { OverrideRecord } from '../core/override.js'
import { reportFileContents } from '../report/write.js'
import { withFallback } from '../sources/fallback.js'
import { gitSource, repoRoot, resolveCommit } from '../sources/git.js'
import { githubSource } from '../sources/github.js'
import { prefetching } from '../sources/prefetch.js'
import type { FileSource } from '../sources/source.js'
import { peekWorkspaceFile, pendingWorkspaceSource } from '../sources/workspace.js'
import { modelsOutput } from './models-output.js'
import { isMonitorRun } from './monitor-run.js'
import { readInputs, type ActionInputs } from './inputs.js'
import { prefetchBasePaths, prefetchComment } from './prefetch.js'
import { publishComment, writeJobSummary, type PublishedComment } from './publish.js'
import { readEventPayload } from './event-file.js'

const warn = (message: string): void => core.warning(message)

async function readEvent(): Promise<{ ctx: EventContext; payload: unknown }> {
  const payload = await readEventPayload()
  return { ctx: eventContext(process.env.GITHUB_EVENT_NAME ?? '', payload, process.env), payload }
}

/** What to ask the contents API for before the gate asks: the base policy, and what the PR's copy of it names. */
interface EarlyReads {
  policyPath: string
  /** The PR's copy of the policy; undefined when it could not be read. */
  headPolicy: string | undefined
}

/**
 * The base commit's files: the contents API first (shallow clones), `git show` when history has it.
 * With `early`, the base commit's policy is asked for at once, and with it the metrics files the
 * PR's copy of the policy names, which the base commit's usually names too (prefetch.ts).
 */
async function baseSource(
  ctx: EventContext,
  client: GitHubClient | undefined,
  repo: Promise<string>,
  early?: EarlyReads,
): Promise<FileSource | undefined> {
  const sha = ctx.baseSha
  if (!sha) return undefined
  const local = (): Promise<FileSource | undefined> =>
    repo.then(async (root) => ((await resolveCommit(root, sha)) ? gitSource(root, sha) : undefined))
  if (!client) {
    const found = await local()
    if (found) return found
    throw new Error(
      `Cannot read the base commit ${sha.slice(0, 7)}: no \`github-token\` and the checkout does not have that commit (use \`fetch-depth: 0\` or pass a token).`,
    )
  }
  const api = prefetching(githubSource(client, ctx.owner, ctx.repo, sha))
  if (early) api.prefetch(early.policyPath, 'policy')
  for (const path of early?.headPolicy === undefined ? [] : prefetchBasePaths(early.headPolicy)) api.prefetch(path, 'metrics')
  // Whether git has the commit (a git process) is only asked when the API cannot answer.
  return withFallback(api, () => local().catch(() => undefined), warn)
}

function noBaseReason(ctx: EventContext): string {
  if (ctx.event === 'push') return 'This push has no previous commit to compare with'
  return `A \`${ctx.event || 'manual'}\` run has no base commit to compare with`
}

function annotate(result: GateResult, waived: ReadonlySet<string>): void {
  for (const evaluation of result.evaluations) {
    for (const problem of evaluation.problems) {
      core.error(`${problem.message}${problem.fix ? ` Fix: ${problem.fix}` : ''}`, {
        title: 'model-gate: cannot evaluate',
        file: problem.file,
        startLine: problem.line,
        startColumn: problem.line !== undefined ? problem.column : undefined,
      })
    }
    for (const check of evaluation.checks) {
      if (check.status !== 'fail' && check.status !== 'warn') continue
      const isWaived = waived.has(waivedKey(evaluation.model, check.id))
      const log = check.status === 'fail' && !isWaived ? core.error : core.warning
      const file = check.kind === 'declaration' || check.kind === 'policy' ? check.location?.file : undefined
      log(checkSentence(check), {
        title: `model-gate: ${check.metric ?? check.id}${isWaived ? ' (waived by override)' : ''}`,
        file,
        startLine: file ? check.location?.line : undefined,
      })
    }
  }
}

/** The PR's changed paths, listed only when `changed_only: true` asks for them. */
function changedFilesOf(client: GitHubClient, owner: string, repo: string, prNumber: number): () => Promise<string[]> {
  return () => pullRequestFiles(client, owner, repo, prNumber)
}

/** The comment with the override's record in its hidden state, on the line after the marker. */
function withRecord(doc: CommentDoc, record: OverrideRecord | undefined): CommentDoc {
  return doc.marker === undefined ? doc : { ...doc, marker: withOverrideState(doc.marker, record) }
}

async function gate(inputs: ActionInputs): Promise<void> {
  const { ctx, payload } = await readEvent()
  const client = inputs.token ? createClient(inputs.token, { baseUrl: process.env.GITHUB_API_URL, log: warn }) : undefined
  const monitor = isMonitorRun(inputs, ctx.event)
  const prefetch = monitor ? undefined : prefetchComment({ enabled: inputs.comment, ctx, client, token: inputs.token })
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
  // git looks for the repository root while the base commit's policy is asked for.
  const repo = repoRoot(workspace).then((found) => found ?? workspace)
  if (monitor) {
    const root = await repo
    const { runUrl } = renderContextFromEnv(process.env, inputs.policyPath)
    const { monitorStep } = await import('./monitor.js')
    return monitorStep({ inputs, ctx, client, root, now: new Date(), ...(runUrl ? { runUrl } : {}) })
  }

  const now = new Date()
  const workspaceFiles = pendingWorkspaceSource(repo, ctx.headSha)
  // The PR's copy of the policy names the baseline to ask for early (only a guess: see baseSource),
  // read at once from the workspace, without waiting for git: the workspace is the repository root
  // in a usual checkout; when it is not, the guess finds no policy and only the policy is asked early.
  const early =
    client && ctx.baseSha && inputs.policySource === 'base'
      ? { policyPath: inputs.policyPath, headPolicy: peekWorkspaceFile(workspace, inputs.policyPath, 'policy') }
      : undefined
  const base = await baseSource(ctx, client, repo, early)
  const judged = await runGate({
    policyPath: inputs.policyPath,
    policySource: inputs.policySource,
    mode: inputs.mode,
    model: inputs.model,
    base,
    noBaseReason: noBaseReason(ctx),
    workspace: workspaceFiles,
    headSha: ctx.headSha,
    now,
    changedFiles: client && ctx.prNumber !== undefined ? changedFilesOf(client, ctx.owner, ctx.repo, ctx.prNumber) : undefined,
    warn,
  })

  const root = await repo
  // Who the token is matters only to an override or a review of a pull request: not asked otherwise.
  const needsIdentity = ctx.prNumber !== undefined && (judged.policy?.override !== undefined || inputs.review)
  const identity = client && needsIdentity ? (prefetch?.identity ?? tokenIdentity(client, inputs.token)) : undefined
  identity?.catch(() => undefined)
  // The override, review and check run machinery, and the history's, load only for runs that use them.
  const oversight =
    (judged.policy?.override !== undefined && ctx.prNumber !== undefined) || inputs.review || inputs.checkRun
      ? await import('./oversight.js')
      : undefined
  let override = await oversight?.decideRunOverride({ judged, ctx, client, identity, canRecord: inputs.comment })
  const historyStep = judged.policy?.history ? await import('./history.js') : undefined
  const history = await historyStep?.trendHistory({ ctx, client, settings: judged.policy?.history, log: core })
  const render = { ...renderContextFromEnv(process.env, inputs.policyPath), ...(history ? { history } : {}) }
  const publish = (result: GateResult): Promise<PublishedComment | undefined> =>
    publishComment({
      enabled: inputs.comment,
      ctx,
      client,
      modelKey: result.modelKey,
      headSha: result.headSha,
      doc: () => withRecord(renderCommentDoc(result, render), override?.outcome.record),
      runUrl: render.runUrl,
      prefetch,
    })
  const published = await publish(override?.result ?? judged)
  // A new override whose record did not reach the comment cannot be pinned to this change.
  if (override?.outcome.fresh && !published?.stored) override = override.withoutRecord()
  oversight?.logOverride(override)
  const result = override?.result ?? judged

  const reportPath = join(process.env.RUNNER_TEMP || root, `model-gate-report-${result.modelKey}.json`)
  // The report file (megabytes in a large run) is written while the job summary is rendered; the
  // summary is written only once the report is, so a failed write leaves no summary of a verdict.
  const report = writeFile(reportPath, reportFileContents(result))
  report.catch(() => undefined)
  const summaryDoc = renderSummaryDoc(result, render)
  await report
  await writeJobSummary(summaryDoc)
  annotate(result, oversight?.waivedKeys(result) ?? new Set())

  core.setOutput('verdict', result.verdict)
  core.setOutput('failed', String(failedCount(result.evaluations)))
  core.setOutput('report', reportPath)
  core.setOutput('overridden', String(result.override?.overridden === true))
  core.setOutput('models', modelsOutput(result))
  core.setOutput('comment-url', published?.url ?? '')

  await oversight?.publishOversight({
    result,
    ctx,
    client,
    identity,
    summary: docMarkdown(summaryDoc),
    commentUrl: published?.url,
    runUrl: render.runUrl,
    review: inputs.review,
    checkRun: inputs.checkRun,
    ...(inputs.checkRun ? { metricLine: await (await import('./metric-lines.js')).metricLines(root, result) } : {}),
  })
  if (result.policy?.history)
    await (historyStep ?? (await import('./history.js'))).recordHistory({ ctx, payload, client, result, now, log: core })

  const failed = failedCount(result.evaluations)
  const overridden = result.override?.overridden ? ` (overridden by ${result.override.record?.by}: the failures are waived)` : ''
  const headline = `model-gate: ${result.verdict}${overridden}${result.mode === 'advisory' ? ' (advisory: not enforced)' : ''}, ${failed} failed blocking check${failed === 1 ? '' : 's'}.`
  if (exitCode(result.verdict, result.mode) !== 0) core.setFailed(headline)
  else core.info(logSafe(headline))
}

/** The Action's entry: read inputs, run the gate, publish. Only unexpected failures land in the catch. */
export async function run(): Promise<void> {
  let inputs: ActionInputs | undefined
  try {
    inputs = readInputs()
    if (inputs.report) await (await import('./from-report.js')).commentFromReport(inputs, inputs.report)
    else await gate(inputs)
  } catch (err) {
    const message = err instanceof GateError ? err.problems.map(formatProblem).join('\n') : String((err as Error)?.message ?? err)
    core.setOutput('verdict', 'error')
    core.setOutput('failed', '0')
    core.setOutput('models', '[]')
    core.setOutput('comment-url', '')
    core.setOutput('overridden', 'false')
    if (inputs?.mode === 'advisory') warn(`model-gate could not evaluate (advisory: not enforced): ${message}`)
    else core.setFailed(`model-gate could not evaluate: ${message}`)
  }
}
