import * as core from './runner.js'
import { logSafe } from '../gate/log-text.js'
import type { GitHubClient } from '../github/client.js'
import { upsertStickyComment } from '../github/comments.js'
import type { EventContext } from '../github/event.js'
import { errorMessage, httpStatus } from '../github/http-error.js'
import { tokenIdentity } from '../github/identity.js'
import type { CommentPrefetch } from './prefetch.js'
import type { CommentDoc } from '../render/doc.js'
import { COMMENT_LIMIT, commentLength, fitComment, fitSummary } from '../render/truncate.js'

export interface CommentToPublish {
  /** The `comment` input: false writes none. */
  enabled: boolean
  ctx: Pick<EventContext, 'event' | 'owner' | 'repo' | 'prNumber'>
  /** Undefined without a `github-token`. */
  client: GitHubClient | undefined
  modelKey: string
  /** The head commit judged (recorded in the body's marker); a comment for a newer head is kept. */
  headSha?: string
  /**
   * The full comment as a document, marker first (renderCommentDoc), built only when a comment is
   * written; shortened here to GitHub's limit when longer.
   */
  doc: () => CommentDoc
  /** The workflow run, linked when the comment has to be shortened. */
  runUrl?: string
  /** The identity and comment listing started before the gate ran (prefetchComment), if any. */
  prefetch?: CommentPrefetch
}

const STILL_HOLD = 'the verdict and the job summary still hold.'

/** Writes the job summary (renderSummaryDoc), shortened to the job summary's size limit when longer. */
export async function writeJobSummary(doc: CommentDoc): Promise<void> {
  await core.summary.addRaw(fitSummary(doc), true).write()
}

/** The sticky comment after publishComment: its URL, and whether this run's body was stored in it. */
export interface PublishedComment {
  url: string
  /** False when the comment was kept as it is (it holds a newer head's result). */
  stored: boolean
}

/**
 * Posts or updates the sticky PR comment and returns its URL (the existing comment's when a newer
 * head's result is already there, with `stored: false`), or undefined when none was written.
 * Never throws: a failure is a warning, because the verdict and the exit status never depend on
 * the comment (except that an override's record, kept in it, must be stored: see oversight.ts).
 */
export async function publishComment(post: CommentToPublish): Promise<PublishedComment | undefined> {
  const { ctx, client } = post
  if (!post.enabled) return undefined
  if (ctx.prNumber === undefined) {
    core.info(`No pull request in a \`${ctx.event}\` event: the result is in the job summary, not a comment.`)
    return undefined
  }
  if (!client) {
    core.warning(`No \`github-token\`: the PR comment was not written; ${STILL_HOLD}`)
    return undefined
  }
  const doc = post.doc()
  try {
    const identity = await (post.prefetch?.identity ?? tokenIdentity(client))
    const posted = await upsertStickyComment(client, {
      owner: ctx.owner,
      repo: ctx.repo,
      issueNumber: ctx.prNumber,
      body: fitComment(doc, COMMENT_LIMIT, { runUrl: post.runUrl }),
      modelKey: post.modelKey,
      identity,
      headSha: post.headSha,
      listed: post.prefetch?.listed,
      shorten: (sent) => fitComment(doc, Math.floor(commentLength(sent) / 2), { runUrl: post.runUrl }),
      log: (message) => core.info(logSafe(message)),
    })
    if (posted.action === 'skipped') {
      core.info(
        logSafe(
          `The PR comment was not updated: it holds the result for a newer commit than this run's ${post.headSha?.slice(0, 7)} ` +
            `(${posted.reason}). This run's result is in its job summary. Comment: ${posted.url}`,
        ),
      )
    } else {
      core.info(logSafe(`PR comment ${posted.action}: ${posted.url}`))
    }
    return { url: posted.url, stored: posted.action !== 'skipped' }
  } catch (error) {
    core.warning(`Could not write the PR comment (${errorMessage(error)})${why(error)}`)
    return undefined
  }
}

/** The likely cause of a failed comment write, ending the warning. */
function why(error: unknown): string {
  const cause = requestError(error)
  const status = httpStatus(cause)
  if (status === 403) {
    return `: this token may not write to the pull request (a pull request from a fork gets a read-only token); ${STILL_HOLD}`
  }
  const response = (cause as { response?: unknown } | null)?.response
  if (status === 500 && response === undefined) {
    const api = process.env.GITHUB_API_URL || 'https://api.github.com'
    return `: the GitHub API at ${api} could not be reached; ${STILL_HOLD}`
  }
  return `; ${STILL_HOLD}`
}

/** The error itself or the first of its causes that carries an HTTP status (an Octokit RequestError). */
function requestError(error: unknown): unknown {
  let current = error
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    if (httpStatus(current) !== undefined) return current
    current = current.cause
  }
  return error
}
