/**
 * The action's use of the history (policy `history:`): on a pull request, read it for the
 * comment's trend; on a push to the default branch or a merge-queue run for it, append the run.
 * Neither ever changes the verdict or fails the step: problems are warnings.
 */
import { buildEntries } from '../core/history/entry.js'
import type { GateResult, HistorySettings } from '../core/types.js'
import type { GitHubClient } from '../github/client.js'
import type { EventContext } from '../github/event.js'
import { appendHistory, readHistory } from '../github/history.js'
import type { TrendContext } from '../render/sections/trend.js'

/** Where the action's messages go (core.info / core.warning in the action). */
export interface HistoryLog {
  info(message: string): void
  warning(message: string): void
}

/** Whether a run is recorded, and if not, why (undefined: not a recording event at all, nothing to say). */
export type RecordDecision = { record: true; branch: string } | { record: false; reason?: string }

function field(payload: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (node, key) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
      payload,
    )
}

/**
 * Pure: is this event a merge into the default branch? A `push` whose `ref` is the repository's
 * default branch, or a `merge_group` whose base is; never a pull request run, never in a fork
 * (`repository.fork`), never a branch deletion. Reads the payload only.
 */
export function recordDecision(eventName: string, payload: unknown): RecordDecision {
  if (eventName !== 'push' && eventName !== 'merge_group') return { record: false }
  const defaultBranch = field(payload, 'repository.default_branch')
  if (field(payload, 'repository.fork') === true) return { record: false, reason: 'this repository is a fork' }
  if (typeof defaultBranch !== 'string' || defaultBranch === '') {
    return { record: false, reason: `the \`${eventName}\` event payload does not name the default branch (\`repository.default_branch\`)` }
  }
  const ref = eventName === 'push' ? field(payload, 'ref') : field(payload, 'merge_group.base_ref')
  if (ref !== `refs/heads/${defaultBranch}`) {
    return {
      record: false,
      reason: `${eventName === 'push' ? 'the push is to' : 'the merge queue is for'} \`${String(ref)}\`, not the default branch \`${defaultBranch}\``,
    }
  }
  if (eventName === 'push' && field(payload, 'deleted') === true) return { record: false, reason: 'the push deletes the branch' }
  return { record: true, branch: defaultBranch }
}

export interface RecordOptions {
  ctx: Pick<EventContext, 'event' | 'owner' | 'repo' | 'headSha'>
  payload: unknown
  /** Undefined without a `github-token`. */
  client: GitHubClient | undefined
  result: GateResult
  now: Date
  log: HistoryLog
}

/**
 * Appends one entry per evaluated model of a merged run to the history (policy `history:`):
 * nothing without a `history:` section, outside a merge into the default branch, or without a
 * token (a warning). The outcome is logged; a read-only token or a busy file is a warning.
 */
export async function recordHistory(opts: RecordOptions): Promise<void> {
  const settings = opts.result.policy?.history
  if (!settings) return
  const decision = recordDecision(opts.ctx.event, opts.payload)
  if (!decision.record) {
    if (decision.reason) opts.log.info(`model-gate history: this run is not recorded: ${decision.reason}.`)
    return
  }
  if (!opts.client) {
    opts.log.warning('model-gate history: no `github-token`, so this merged run was not recorded in the history.')
    return
  }
  const policies = opts.result.policy?.models ?? []
  const record = opts.result.override?.overridden ? opts.result.override.record : null
  const override = record ? { by: record.by, ...(record.reason ? { reason: record.reason } : {}) } : undefined
  const entries = buildEntries(opts.result, {
    time: opts.now.toISOString(),
    sha: opts.ctx.headSha,
    policies,
    ...(override ? { override } : {}),
  })
  if (entries.length === 0) return
  const outcome = await appendHistory(opts.client, {
    owner: opts.ctx.owner,
    repo: opts.ctx.repo,
    branch: settings.branch,
    path: settings.path,
    keep: settings.keep,
    entries,
  })
  const where = `${settings.path} on branch ${settings.branch}`
  switch (outcome.status) {
    case 'written':
      for (const warning of outcome.warnings) opts.log.warning(`model-gate history: ${warning}`)
      opts.log.info(
        `model-gate history: recorded ${entries.length} entr${entries.length === 1 ? 'y' : 'ies'} for ${opts.ctx.headSha.slice(0, 7)} in ${where}` +
          `${outcome.created ? ' (branch created)' : ''}, commit ${outcome.commitSha.slice(0, 7)}` +
          `${outcome.attempts > 1 ? ` after ${outcome.attempts} attempts` : ''}${outcome.dropped > 0 ? `; ${outcome.dropped} old entr${outcome.dropped === 1 ? 'y' : 'ies'} dropped` : ''}.`,
      )
      return
    case 'unchanged':
      for (const warning of outcome.warnings) opts.log.warning(`model-gate history: ${warning}`)
      opts.log.info(`model-gate history: ${opts.ctx.headSha.slice(0, 7)} is already recorded in ${where}; nothing to add.`)
      return
    default:
      opts.log.warning(`model-gate history: ${outcome.warning}`)
  }
}

export interface TrendOptions {
  ctx: Pick<EventContext, 'owner' | 'repo' | 'prNumber'>
  client: GitHubClient | undefined
  settings: HistorySettings | undefined
  log: HistoryLog
}

/**
 * The history for a pull request's trend: undefined outside a pull request, without a
 * `history:` section or a token, or when it cannot be read (a warning: the comment is then
 * written without a trend). Bad lines are warnings; the rest is used.
 */
export async function trendHistory(opts: TrendOptions): Promise<TrendContext | undefined> {
  const { settings, client } = opts
  if (!settings || !client || opts.ctx.prNumber === undefined) return undefined
  try {
    const read = await readHistory(client, { owner: opts.ctx.owner, repo: opts.ctx.repo, branch: settings.branch, path: settings.path })
    for (const warning of read.warnings) opts.log.warning(`model-gate history: ${warning}`)
    return { entries: read.entries, trend: settings.trend }
  } catch (error) {
    opts.log.warning(`model-gate history: ${error instanceof Error ? error.message : String(error)}; the comment shows no trend.`)
    return undefined
  }
}
