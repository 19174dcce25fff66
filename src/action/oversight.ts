/**
 * Human oversight in the action run (docs/oversight.md): the override decision applied to the
 * gate's result, the pull request review and the check run. Each step reads or writes GitHub
 * through the adapters in src/github and never throws: what GitHub refuses is a warning, and the
 * verdict is only ever changed by an override that counts.
 */
import * as core from './runner.js'
import { applyOverride, decideOverride, failingChecks, type OverrideOutcome } from '../core/override.js'
import type { GateResult } from '../core/types.js'
import { logSafe } from '../gate/log-text.js'
import { publishCheckRun } from '../github/check-run.js'
import type { GitHubClient } from '../github/client.js'
import type { EventContext } from '../github/event.js'
import { errorMessage } from '../github/http-error.js'
import { gatherOverrideFacts } from '../github/override.js'
import { submitReview } from '../github/review.js'
import { checkAnnotations, checkRunConclusion, waivedKey } from '../render/annotations.js'
import type { MetricLine } from './metric-lines.js'

export interface OverrideRun {
  /** The result as the gate judged it, before any override. */
  judged: GateResult
  ctx: Pick<EventContext, 'owner' | 'repo' | 'prNumber' | 'headSha'>
  /** Undefined without a `github-token`. */
  client: GitHubClient | undefined
  /** The token's login (tokenIdentity): our sticky comment, written by it, holds the earlier record. */
  identity: Promise<string> | undefined
  /** Whether the sticky comment, which holds a new override's record, will be written (`comment` input). */
  canRecord: boolean
}

/** The override decided for a run: the outcome, and a re-decision for when its record could not be stored. */
export interface DecidedOverride {
  outcome: OverrideOutcome
  /** The result with the override applied. */
  result: GateResult
  /** Decides again as if the record could not be stored (the comment write failed): a fresh grant is refused. */
  withoutRecord(): DecidedOverride
}

/**
 * Gathers the facts and decides the override; undefined when the policy has no `override:` or
 * the run is not for a pull request. Warnings (facts GitHub would not tell) are logged here.
 */
export async function decideRunOverride(run: OverrideRun): Promise<DecidedOverride | undefined> {
  const { judged, ctx, client } = run
  const policy = judged.policy?.override
  if (!policy || ctx.prNumber === undefined) return undefined
  const headSha = judged.headSha ?? ctx.headSha
  const failing = failingChecks(judged, judged.policy)
  let facts: Parameters<typeof decideOverride>[0]['facts']
  if (!client) facts = { labelled: { known: false, why: 'there is no `github-token`' } }
  else {
    let identity: string | undefined
    let why = ''
    try {
      identity = await run.identity
    } catch (error) {
      why = errorMessage(error)
    }
    facts = await gatherOverrideFacts(client, {
      owner: ctx.owner,
      repo: ctx.repo,
      pullNumber: ctx.prNumber,
      policy,
      identity: identity ?? '',
      modelKey: judged.modelKey,
    })
    if (identity === undefined && facts.previous?.known) facts.previous = { known: false, why: `the token's login is unknown (${why})` }
  }
  const decide = (canRecord: boolean): DecidedOverride => {
    const outcome = decideOverride({ policy, facts, verdict: judged.verdict, failing, headSha, canRecord })
    return { outcome, result: applyOverride(judged, outcome), withoutRecord: () => decide(false) }
  }
  return decide(run.canRecord)
}

/** Logs the override's warnings and, when there is a label, what became of it. */
export function logOverride(decided: DecidedOverride | undefined): void {
  if (!decided) return
  for (const warning of decided.outcome.warnings) core.warning(logSafe(`model-gate override: ${warning}`))
  if (decided.outcome.state !== 'absent')
    core.info(logSafe(`model-gate override (${decided.outcome.state}): ${decided.outcome.explanation}`))
}

/** The `model\u0000id` keys of the checks an override waives now (for annotations). */
export function waivedKeys(result: GateResult): Set<string> {
  const override = result.override
  if (!override?.overridden || !override.record) return new Set()
  return new Set(override.record.waived.map((w) => waivedKey(w.model, w.id)))
}

/** The gate's name for its check run and review: `model-gate`, or `model-gate (fraud)` for one model of several. */
export function gateName(result: GateResult): string {
  return result.modelKey === 'default' ? 'model-gate' : `model-gate (${result.modelKey})`
}

/** The heading of the summary without its Markdown: `❌ model-gate: blocked — 1 of 3 checks fails`. */
export function headline(summary: string): string {
  const first = summary.split('\n').find((line) => line.trim() !== '') ?? 'model-gate'
  return first.replace(/^#+\s*/, '')
}

export interface OversightPublish {
  result: GateResult
  ctx: Pick<EventContext, 'owner' | 'repo' | 'prNumber' | 'headSha'>
  client: GitHubClient | undefined
  identity: Promise<string> | undefined
  /** The job summary's Markdown (the comment without its marker). */
  summary: string
  commentUrl?: string
  runUrl?: string
  review: boolean
  checkRun: boolean
  /** The line of a metric in its metrics file, for the check run's annotations (metric-lines.ts). */
  metricLine?: MetricLine
}

/** Submits the review and creates the check run, as the inputs ask; every refusal is a warning. */
export async function publishOversight(p: OversightPublish): Promise<void> {
  const { result, ctx, client } = p
  if (!p.review && !p.checkRun) return
  if (!client) {
    core.warning(
      `No \`github-token\`: ${[p.review ? 'the review' : '', p.checkRun ? 'the check run' : ''].filter(Boolean).join(' and ')} could not be written; the verdict stands.`,
    )
    return
  }
  const headSha = result.headSha ?? ctx.headSha
  const title = headline(p.summary)
  if (p.checkRun) {
    const created = await publishCheckRun(client, {
      owner: ctx.owner,
      repo: ctx.repo,
      headSha,
      name: gateName(result),
      conclusion: checkRunConclusion(result.verdict, result.mode),
      title,
      summary: p.summary,
      annotations: checkAnnotations(result, { waived: waivedKeys(result), ...(p.metricLine ? { metricLine: p.metricLine } : {}) }),
      ...(p.runUrl ? { detailsUrl: p.runUrl } : {}),
    })
    for (const warning of created.warnings) core.warning(logSafe(warning))
    if (created.action === 'created')
      core.info(
        logSafe(`Check run "${gateName(result)}" created with ${created.annotated} annotations${created.url ? `: ${created.url}` : ''}`),
      )
  }
  if (p.review) {
    if (ctx.prNumber === undefined) {
      core.info('`review: true`: this run is not for a pull request, so no review was submitted.')
      return
    }
    let identity: string
    try {
      identity = await (p.identity ?? Promise.reject(new Error('no token identity')))
    } catch (error) {
      core.warning(`Could not tell which user the token is (${errorMessage(error)}): no review was submitted; the verdict stands.`)
      return
    }
    const link = p.commentUrl ? `Details: ${p.commentUrl}` : p.runUrl ? `Details: ${p.runUrl}` : 'Details are in the job summary.'
    const reviewed = await submitReview(client, {
      owner: ctx.owner,
      repo: ctx.repo,
      pullNumber: ctx.prNumber,
      headSha,
      identity,
      modelKey: result.modelKey,
      verdict: result.verdict,
      mode: result.mode,
      body: `**${title}**\n\n${link}`,
    })
    for (const warning of reviewed.warnings) core.warning(logSafe(warning))
    const dismissed = reviewed.dismissed.length ? `; dismissed model-gate's earlier review ${reviewed.dismissed.join(', ')}` : ''
    core.info(`Review: ${reviewed.action}${dismissed}.`)
  }
}
