/**
 * The comment-only mode of the action (input `report`): the `workflow_run` half of the pattern for
 * pull requests from forks (docs/forks.md). The report was written by a run whose code the PR's
 * author controls, so it is untrusted data: read with a size cap, validated against
 * schema/report.schema.json and for consistency, rebuilt into a GateResult and rendered by the
 * normal renderer (never posted as it is), and posted only on the pull request whose current head
 * is the commit the report judged.
 */
import * as core from './runner.js'
import { renderContextFromEnv } from '../gate/links.js'
import { logSafe } from '../gate/log-text.js'
import { createClient, type GitHubClient } from '../github/client.js'
import { upsertStickyComment } from '../github/comments.js'
import { eventContext } from '../github/event.js'
import { errorMessage, httpStatus } from '../github/http-error.js'
import { tokenIdentity } from '../github/identity.js'
import { pullRequestHead } from '../github/pulls.js'
import { renderCommentDoc, renderSummaryDoc } from '../render/comment.js'
import { shortSha } from '../render/format.js'
import { InvalidReport, readReport, resultFromReport } from '../report/read.js'
import type { Report } from '../report/write.js'
import type { Verdict } from '../core/types.js'
import { COMMENT_LIMIT, commentLength, fitComment } from '../render/truncate.js'
import type { ActionInputs } from './inputs.js'
import { writeJobSummary } from './publish.js'
import { isObject, quote as quoteText } from '../core/words.js'
import { modelsOutput } from './models-output.js'
import { readEventPayload } from './event-file.js'

const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/

/** Report text quoted for a message: JSON-quoted and cut short (it is untrusted and may be huge). */
function quote(text: string): string {
  return quoteText(text, 80)
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
