/**
 * The one monitoring issue per model: opened when a scheduled run finds problems, found again
 * by its hidden marker and updated (never duplicated), closed with a comment once all is well.
 * Individual owners are assigned; `@org/team` owners are mentioned in the body.
 */
import { monitorIssueBody, monitorIssueTitle, monitorMarker, monitorResolvedComment, splitOwners, type MonitorProblem } from '../render/monitor-issue.js'
import type { GitHubClient } from './client.js'
import { errorMessage, httpStatus } from './http-error.js'

export const MONITOR_LABEL = 'model-gate'

export interface SyncMonitorIssueOptions {
  owner: string
  repo: string
  model: string
  /** Empty: all is well (an open issue is closed). */
  problems: MonitorProblem[]
  owners: string[]
  checkedAt: string
  runUrl?: string
  /** Only issues opened by this login count (the token's identity); a copied marker in someone else's issue is ignored. */
  identity?: string
  /** Default {@link MONITOR_LABEL}. */
  label?: string
}

export type MonitorIssueResult =
  | { action: 'opened' | 'updated' | 'closed'; number: number; warning?: string }
  | { action: 'none' }
  | { action: 'skipped'; warning: string }

interface IssueJson {
  number: number
  body?: string | null
  user?: { login?: string } | null
  pull_request?: unknown
}

async function findIssue(client: GitHubClient, options: SyncMonitorIssueOptions): Promise<IssueJson | undefined> {
  const marker = monitorMarker(options.model)
  const issues = (await client.paginate(client.rest.issues.listForRepo, {
    owner: options.owner,
    repo: options.repo,
    state: 'open',
    labels: options.label ?? MONITOR_LABEL,
    per_page: 100,
  })) as IssueJson[]
  return issues.find(
    (issue) =>
      issue.pull_request === undefined &&
      (issue.body ?? '').startsWith(marker) &&
      (options.identity === undefined || issue.user?.login === options.identity),
  )
}

/**
 * Opens, updates or closes the model's monitoring issue to match `problems`. A 403 (no
 * `issues: write`) becomes a warning; owners GitHub will not assign are mentioned instead.
 */
export async function syncMonitorIssue(client: GitHubClient, options: SyncMonitorIssueOptions): Promise<MonitorIssueResult> {
  const { owner, repo } = options
  try {
    const existing = await findIssue(client, options)
    if (options.problems.length === 0) {
      if (!existing) return { action: 'none' }
      await client.rest.issues.createComment({ owner, repo, issue_number: existing.number, body: monitorResolvedComment(options.model, options.checkedAt, options.runUrl) })
      await client.rest.issues.update({ owner, repo, issue_number: existing.number, state: 'closed', state_reason: 'completed' })
      return { action: 'closed', number: existing.number }
    }
    const { users } = splitOwners(options.owners)
    const title = monitorIssueTitle(options.model, options.problems)
    const body = (unassignable?: string[]): string =>
      monitorIssueBody({ model: options.model, problems: options.problems, owners: options.owners, checkedAt: options.checkedAt, ...(options.runUrl ? { runUrl: options.runUrl } : {}), ...(unassignable ? { unassignable } : {}) })
    const write = async (assignees: string[], unassignable?: string[]): Promise<number> => {
      if (existing) {
        await client.rest.issues.update({ owner, repo, issue_number: existing.number, title, body: body(unassignable), assignees })
        return existing.number
      }
      const { data } = await client.rest.issues.create({ owner, repo, title, body: body(unassignable), assignees, labels: [options.label ?? MONITOR_LABEL] })
      return data.number
    }
    const action = existing ? 'updated' : 'opened'
    try {
      return { action, number: await write(users) }
    } catch (error) {
      if (httpStatus(error) !== 422 || users.length === 0) throw error
      const number = await write([], users)
      return { action, number, warning: `Could not assign ${users.map((u) => `@${u}`).join(', ')} to the monitoring issue (${errorMessage(error)}): they are mentioned instead.` }
    }
  } catch (error) {
    return { action: 'skipped', warning: `The monitoring issue for ${options.model} was not updated: ${errorMessage(error)}${httpStatus(error) === 403 ? ' (give the workflow `permissions: issues: write`)' : ''}` }
  }
}
