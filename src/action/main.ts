import * as core from './runner.js'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { checkSentence } from '../core/check-text.js'
import { GateError, formatProblem } from '../core/errors.js'
import type { GateResult } from '../core/types.js'
import { exitCode, failedCount } from '../core/verdict.js'
import { renderContextFromEnv } from '../gate/links.js'
import { runGate } from '../gate/run.js'
import { createClient, type GitHubClient } from '../github/client.js'
import { eventContext, type EventContext } from '../github/event.js'
import { renderComment, renderSummary } from '../render/comment.js'
import { toReport } from '../render/report.js'
import { withFallback } from '../sources/fallback.js'
import { gitSource, repoRoot, resolveCommit } from '../sources/git.js'
import { githubSource } from '../sources/github.js'
import type { FileSource } from '../sources/source.js'
import { workspaceSource } from '../sources/workspace.js'
import { commentFromReport } from './from-report.js'
import { readInputs, type ActionInputs } from './inputs.js'
import { prefetchComment } from './prefetch.js'
import { publishComment, writeJobSummary } from './publish.js'

const warn = (message: string): void => core.warning(message)

async function readEvent(): Promise<EventContext> {
  const path = process.env.GITHUB_EVENT_PATH
  let payload: unknown = {}
  if (path) {
    try {
      payload = JSON.parse(await readFile(path, 'utf8'))
    } catch (err) {
      throw new Error(`Could not read the event payload ${path}: ${(err as Error).message}`)
    }
  }
  return eventContext(process.env.GITHUB_EVENT_NAME ?? '', payload, process.env)
}

/** The base commit's files: the contents API first (shallow clones), `git show` when history has it. */
async function baseSource(ctx: EventContext, client: GitHubClient | undefined, root: string | undefined): Promise<FileSource | undefined> {
  const sha = ctx.baseSha
  if (!sha) return undefined
  const local = root ? resolveCommit(root, sha).then((found) => (found ? gitSource(root, sha) : undefined)) : Promise.resolve(undefined)
  if (!client) {
    const found = await local
    if (found) return found
    throw new Error(`Cannot read the base commit ${sha.slice(0, 7)}: no \`github-token\` and the checkout does not have that commit (use \`fetch-depth: 0\` or pass a token).`)
  }
  // Whether git has the commit is only needed when the API read fails: it is checked meanwhile.
  return withFallback(githubSource(client, ctx.owner, ctx.repo, sha), local.catch(() => undefined), warn)
}

function noBaseReason(ctx: EventContext): string {
  if (ctx.event === 'push') return 'This push has no previous commit to compare with'
  return `A \`${ctx.event || 'manual'}\` run has no base commit to compare with`
}

function annotate(result: GateResult): void {
  for (const evaluation of result.evaluations) {
    for (const problem of evaluation.problems) {
      core.error(`${problem.message}${problem.fix ? ` Fix: ${problem.fix}` : ''}`, {
        title: 'model-gate: cannot evaluate',
        file: problem.file,
        startLine: problem.line,
        startColumn: problem.line !== undefined ? problem.column : undefined
      })
    }
    for (const check of evaluation.checks) {
      if (check.status !== 'fail' && check.status !== 'warn') continue
      const log = check.status === 'fail' ? core.error : core.warning
      const file = check.kind === 'declaration' || check.kind === 'policy' ? check.location?.file : undefined
      log(checkSentence(check), {
        title: `model-gate: ${check.metric ?? check.id}`,
        file,
        startLine: file ? check.location?.line : undefined
      })
    }
  }
}

async function gate(inputs: ActionInputs): Promise<void> {
  const ctx = await readEvent()
  const client = inputs.token ? createClient(inputs.token, { baseUrl: process.env.GITHUB_API_URL, log: warn }) : undefined
  const prefetch = prefetchComment({ enabled: inputs.comment, ctx, client, token: inputs.token })
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
  const root = (await repoRoot(workspace)) ?? workspace

  const result = await runGate({
    policyPath: inputs.policyPath,
    policySource: inputs.policySource,
    mode: inputs.mode,
    model: inputs.model,
    base: await baseSource(ctx, client, root),
    noBaseReason: noBaseReason(ctx),
    workspace: workspaceSource(root, ctx.headSha),
    headSha: ctx.headSha,
    now: new Date()
  })

  const render = renderContextFromEnv(process.env, inputs.policyPath)
  const body = renderComment(result, render)
  const reportPath = join(process.env.RUNNER_TEMP || root, `model-gate-report-${result.modelKey}.json`)
  await writeFile(reportPath, JSON.stringify(toReport(result), null, 2) + '\n')
  await writeJobSummary(renderSummary(result, render))
  annotate(result)

  core.setOutput('verdict', result.verdict)
  core.setOutput('failed', String(failedCount(result.evaluations)))
  core.setOutput('report', reportPath)
  const url = await publishComment({
    enabled: inputs.comment,
    ctx,
    client,
    modelKey: result.modelKey,
    headSha: result.headSha,
    body,
    runUrl: render.runUrl,
    prefetch
  })
  core.setOutput('comment-url', url ?? '')

  const failed = failedCount(result.evaluations)
  const headline = `model-gate: ${result.verdict}${result.mode === 'advisory' ? ' (advisory: not enforced)' : ''}, ${failed} failed blocking check${failed === 1 ? '' : 's'}.`
  if (exitCode(result.verdict, result.mode) !== 0) core.setFailed(headline)
  else core.info(headline)
}

/** The Action's entry: read inputs, run the gate, publish. Only unexpected failures land in the catch. */
export async function run(): Promise<void> {
  let inputs: ActionInputs | undefined
  try {
    inputs = readInputs()
    if (inputs.report) await commentFromReport(inputs, inputs.report)
    else await gate(inputs)
  } catch (err) {
    const message = err instanceof GateError ? err.problems.map(formatProblem).join('\n') : String((err as Error)?.message ?? err)
    core.setOutput('verdict', 'error')
    core.setOutput('failed', '0')
    core.setOutput('comment-url', '')
    if (inputs?.mode === 'advisory') warn(`model-gate could not evaluate (advisory: not enforced): ${message}`)
    else core.setFailed(`model-gate could not evaluate: ${message}`)
  }
}
