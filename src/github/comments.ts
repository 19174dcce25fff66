import { setTimeout as sleep } from 'node:timers/promises'
import { parseMarker } from '../core/marker.js'
import type { GitHubClient } from './client.js'
import { scanMarkedComments, type MarkedComment } from './comment-scan.js'
import { errorMessage, httpStatus } from './http-error.js'
import { newerHead, sameCommit } from './pulls.js'

export interface StickyCommentTarget {
  owner: string
  repo: string
  issueNumber: number
  /** The full comment, starting with the marker for `modelKey`. */
  body: string
  /** The model the comment is for (`default`, a model name, or `all`): one comment per key. */
  modelKey: string
  /** The token's login (see tokenIdentity): only its comments are ever edited or deleted. */
  identity: string
  /**
   * The head commit this result judged (the body's marker records it). A comment of ours for a
   * different head is only updated when GitHub says that head is not newer than this one.
   */
  headSha?: string
  /** A shorter body for when GitHub refuses one as too long (422); asked once, never in a loop. */
  shorten?: (body: string) => string
  /** Receives a line for each retry and each shortened body. */
  log?: (message: string) => void
  /** Wait before looking again after creating the comment failed; the n-th retry waits n² times this. Default 1000. */
  retryDelayMs?: number
  /**
   * The PR's marked comments listed earlier (scanMarkedComments started in parallel with the gate):
   * the first look uses them instead of listing again, and fails as that listing failed (it was
   * already retried like any other request).
   */
  listed?: Promise<readonly MarkedComment[]>
}

export interface StickyCommentResult {
  url: string
  id: number
  /** `skipped`: the existing comment is for a newer head and was left as it is. */
  action: 'created' | 'updated' | 'skipped'
  /** Why the existing comment was kept, when `skipped`. */
  reason?: string
}

/** A comment as the issue comments API lists it (the fields model-gate reads). */
export interface IssueComment {
  id: number
  body?: string
  user?: { login?: string } | null
  created_at?: string
  html_url: string
}

/** Tries at creating the comment when GitHub answers a server error or the connection fails. */
const CREATE_ATTEMPTS = 3

/**
 * Writes the model's sticky comment on a PR: updates the newest earlier one in place, deletes any
 * other copies, or posts a new one. A comment is ours only when its body starts with the marker
 * for `modelKey` and its author is `identity`; anyone else's comment is never touched.
 *
 * Faults: creating is never retried blindly (a POST that failed with a server error may still
 * have been stored): the comments are listed again and ours, if there now, is used. A body GitHub
 * refuses as too long is shortened once with `target.shorten`. An existing comment for a newer
 * head than `target.headSha` is left as it is (`skipped`).
 */
export async function upsertStickyComment(client: GitHubClient, target: StickyCommentTarget): Promise<StickyCommentResult> {
  const posted = new Set<string>()
  let lastError: unknown
  for (let attempt = 0; attempt < CREATE_ATTEMPTS; attempt++) {
    if (attempt > 0) await sleep((target.retryDelayMs ?? 1000) * attempt ** 2)
    const [newest, ...extras] = await ourComments(client, target, attempt === 0 ? target.listed : undefined)
    if (newest) {
      if (posted.has(newest.body)) {
        log(target, 'The PR comment was stored although GitHub answered with an error; it is not posted again.')
        return { url: newest.html_url, id: newest.id, action: 'created' }
      }
      return updateComment(client, target, newest, extras)
    }
    try {
      const { data } = await writeBody(target, (body) => {
        posted.add(body)
        return client.rest.issues.createComment({
          owner: target.owner,
          repo: target.repo,
          issue_number: target.issueNumber,
          body,
          request: { retries: 0 },
        })
      })
      return { url: data.html_url, id: data.id, action: 'created' }
    } catch (error) {
      if (!isTransient(error)) throw error
      lastError = error
      const next = attempt + 1 < CREATE_ATTEMPTS ? '; looking for it before trying again' : ''
      log(target, `Creating the PR comment failed (${errorMessage(error)})${next}.`)
    }
  }
  throw lastError
}

/** Our comments, newest first: from `listed` when given (its failure is the listing's), else scanned now. */
async function ourComments(
  client: GitHubClient,
  target: StickyCommentTarget,
  listed?: Promise<readonly MarkedComment[]>,
): Promise<MarkedComment[]> {
  const issue = { owner: target.owner, repo: target.repo, issueNumber: target.issueNumber }
  const marked = listed ? await listed : await scanMarkedComments(client, issue)
  return marked.filter((comment) => isOurs(comment, target)).sort(newestFirst)
}

async function updateComment(
  client: GitHubClient,
  target: StickyCommentTarget,
  newest: MarkedComment,
  extras: readonly MarkedComment[],
): Promise<StickyCommentResult> {
  const { owner, repo } = target
  const theirs = parseMarker(newest.body)?.head
  if (target.headSha && theirs && !sameCommit(theirs, target.headSha)) {
    const newer = await newerHead(client, { owner, repo, pullNumber: target.issueNumber, ours: target.headSha, theirs })
    if (newer.newer === 'theirs') return { url: newest.html_url, id: newest.id, action: 'skipped', reason: newer.reason }
    if (newer.newer === 'unknown')
      log(
        target,
        `Cannot tell whether ${theirs.slice(0, 7)} or ${target.headSha.slice(0, 7)} is newer (${newer.reason}); updating the PR comment.`,
      )
  }
  const { data } = await writeBody(target, (body) => client.rest.issues.updateComment({ owner, repo, comment_id: newest.id, body }))
  for (const extra of extras) {
    try {
      await client.rest.issues.deleteComment({ owner, repo, comment_id: extra.id })
    } catch (error) {
      if (httpStatus(error) !== 404) throw error
    }
  }
  return { url: data.html_url, id: data.id, action: 'updated' }
}

/** Writes the body; when GitHub says it is too long, writes `shorten(body)` once. */
async function writeBody<T>(target: StickyCommentTarget, write: (body: string) => Promise<T>): Promise<T> {
  try {
    return await write(target.body)
  } catch (error) {
    if (!target.shorten || !isBodyTooLong(error)) throw error
    const shorter = target.shorten(target.body)
    if (shorter.length >= target.body.length) throw error
    log(target, `GitHub refused the PR comment as too long (${target.body.length} characters); posting it shortened to ${shorter.length}.`)
    return write(shorter)
  }
}

function log(target: StickyCommentTarget, message: string): void {
  target.log?.(message)
}

/** 422 Validation Failed with `body is too long`, as GitHub answers a comment over its limit. */
export function isBodyTooLong(error: unknown): boolean {
  if (httpStatus(error) !== 422) return false
  const errors = (error as { response?: { data?: { errors?: unknown } } }).response?.data?.errors
  const listed = Array.isArray(errors) && errors.some((e) => /too long/i.test(String((e as { message?: unknown } | null)?.message ?? '')))
  return listed || /body is too long/i.test(errorMessage(error))
}

/** A server error or a failed connection (Octokit reports those as 500): the write may or may not have happened. */
function isTransient(error: unknown): boolean {
  const status = httpStatus(error)
  return status !== undefined && status >= 500
}

function isOurs(comment: IssueComment, target: Pick<StickyCommentTarget, 'identity' | 'modelKey'>): boolean {
  if (comment.user?.login !== target.identity || typeof comment.body !== 'string') return false
  return parseMarker(comment.body)?.model === target.modelKey
}

/** Our newest comment for `modelKey` among `comments`: its body starts with the marker and `identity` wrote it. */
export function newestOurComment<T extends IssueComment>(comments: readonly T[], identity: string, modelKey: string): T | undefined {
  return comments.filter((comment) => isOurs(comment, { identity, modelKey })).sort(newestFirst)[0]
}

function newestFirst(a: IssueComment, b: IssueComment): number {
  const byTime = Date.parse(b.created_at ?? '') - Date.parse(a.created_at ?? '')
  return Number.isNaN(byTime) || byTime === 0 ? b.id - a.id : byTime
}
