import { parseMarker } from '../render/marker.js'
import type { GitHubClient } from './client.js'
import { httpStatus } from './http-error.js'

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
}

export interface StickyCommentResult {
  url: string
  id: number
  action: 'created' | 'updated'
}

interface IssueComment {
  id: number
  body?: string
  user?: { login?: string } | null
  created_at?: string
  html_url: string
}

/**
 * Writes the model's sticky comment on a PR: updates the newest earlier one in place, deletes any
 * other copies, or posts a new one. A comment is ours only when its body starts with the marker
 * for `modelKey` and its author is `identity`; anyone else's comment is never touched.
 */
export async function upsertStickyComment(client: GitHubClient, target: StickyCommentTarget): Promise<StickyCommentResult> {
  const { owner, repo, issueNumber, body } = target
  const all: IssueComment[] = await client.paginate(client.rest.issues.listComments, {
    owner,
    repo,
    issue_number: issueNumber,
    per_page: 100
  })
  const ours = all.filter((comment) => isOurs(comment, target)).sort(newestFirst)
  const [newest, ...extras] = ours

  if (!newest) {
    const { data } = await client.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body })
    return { url: data.html_url, id: data.id, action: 'created' }
  }

  const { data } = await client.rest.issues.updateComment({ owner, repo, comment_id: newest.id, body })
  for (const extra of extras) {
    try {
      await client.rest.issues.deleteComment({ owner, repo, comment_id: extra.id })
    } catch (error) {
      if (httpStatus(error) !== 404) throw error
    }
  }
  return { url: data.html_url, id: data.id, action: 'updated' }
}

function isOurs(comment: IssueComment, target: StickyCommentTarget): boolean {
  if (comment.user?.login !== target.identity || typeof comment.body !== 'string') return false
  return parseMarker(comment.body)?.model === target.modelKey
}

function newestFirst(a: IssueComment, b: IssueComment): number {
  const byTime = Date.parse(b.created_at ?? '') - Date.parse(a.created_at ?? '')
  return Number.isNaN(byTime) || byTime === 0 ? b.id - a.id : byTime
}
