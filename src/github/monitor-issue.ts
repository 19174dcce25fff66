/**
 * The one monitoring issue per model: opened when a scheduled run finds problems, found again
 * by its hidden marker and updated (never duplicated), closed with a comment once all is well.
 * The text comes from the caller (src/render/monitor-issue.ts `monitorIssueContent`): this module
 * only makes the API calls.
 */
import type { GitHubClient } from './client.js'
import { errorMessage, httpStatus } from './http-error.js'

export const MONITOR_LABEL = 'model-gate'

/** The issue to write when something is wrong. */
export interface MonitorIssueText {
  title: string
  /** The body, naming the owners that could not be assigned (empty on the first try). Starts with the marker. */
  body(unassignable: string[]): string
  /** Logins to assign (individual owners; teams cannot be assigned). */
  assignees: string[]
}

export interface SyncMonitorIssueOptions {
  owner: string
  repo: string
  /** The hidden marker the issue's body starts with, by which the next run finds it. */
  marker: string
  /** Undefined: all is well, an open issue is closed with `resolved`. */
  issue?: MonitorIssueText
  /** The comment that closes the issue. */
  resolved: string
  /** Only issues opened by this login count (the token's identity); a copied marker in someone else's issue is ignored. */
  identity?: string
  /** Default {@link MONITOR_LABEL}. */
  label?: string
  /** Words for the warnings, e.g. `fraud`. */
  model: string
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
      (issue.body ?? '').startsWith(options.marker) &&
      (options.identity === undefined || issue.user?.login === options.identity),
  )
}

/**
 * Opens, updates or closes the model's monitoring issue: `issue` set opens it (or updates the open
 * one), unset closes an open one with a comment. A 403 (no `issues: write`) becomes a warning;
 * assignees GitHub refuses (422: not collaborators) are mentioned in the body instead.
 */
export async function syncMonitorIssue(client: GitHubClient, options: SyncMonitorIssueOptions): Promise<MonitorIssueResult> {
  const { owner, repo, issue } = options
  try {
    const existing = await findIssue(client, options)
    if (!issue) {
      if (!existing) return { action: 'none' }
      await client.rest.issues.createComment({ owner, repo, issue_number: existing.number, body: options.resolved })
      await client.rest.issues.update({ owner, repo, issue_number: existing.number, state: 'closed', state_reason: 'completed' })
      return { action: 'closed', number: existing.number }
    }
    const write = async (assignees: string[], unassignable: string[]): Promise<number> => {
      if (existing) {
        await client.rest.issues.update({
          owner,
          repo,
          issue_number: existing.number,
          title: issue.title,
          body: issue.body(unassignable),
          assignees,
        })
        return existing.number
      }
      const { data } = await client.rest.issues.create({
        owner,
        repo,
        title: issue.title,
        body: issue.body(unassignable),
        assignees,
        labels: [options.label ?? MONITOR_LABEL],
      })
      return data.number
    }
    const action = existing ? 'updated' : 'opened'
    const users = issue.assignees
    try {
      return { action, number: await write(users, []) }
    } catch (error) {
      if (httpStatus(error) !== 422 || users.length === 0) throw error
      const number = await write([], users)
      return {
        action,
        number,
        warning: `Could not assign ${users.map((u) => `@${u}`).join(', ')} to the monitoring issue (${errorMessage(error)}): they are mentioned instead.`,
      }
    }
  } catch (error) {
    return {
      action: 'skipped',
      warning: `The monitoring issue for ${options.model} was not updated: ${errorMessage(error)}${httpStatus(error) === 403 ? ' (give the workflow `permissions: issues: write`)' : ''}`,
    }
  }
}
