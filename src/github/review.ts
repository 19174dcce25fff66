import type { Mode, Verdict } from '../core/types.js'
import type { GitHubClient } from './client.js'
import { errorMessage, httpStatus } from './http-error.js'

export interface ReviewTarget {
  owner: string
  repo: string
  pullNumber: number
  /** The head commit the verdict is for (the review's `commit_id`). */
  headSha: string
  /** The token's login (tokenIdentity): only its own reviews are updated or dismissed. */
  identity: string
  /** The model key (`default`, a model name, `all`): one review per key. */
  modelKey: string
  verdict: Verdict
  mode: Mode
  /** The review's text (a short summary and a link to the comment); the marker is added here. */
  body: string
}

export interface ReviewResult {
  /** What was done: the review submitted (or updated), or none. */
  action: 'approved' | 'changes_requested' | 'commented' | 'updated' | 'none'
  reviewId?: number
  /** Own earlier reviews dismissed. */
  dismissed: number[]
  /** Lines for the log: what could not be done, and why. */
  warnings: string[]
}

type ReviewEvent = 'APPROVE' | 'REQUEST_CHANGES' | 'COMMENT'

interface PullReview {
  id: number
  body?: string | null
  state?: string
  commit_id?: string | null
  user?: { login?: string } | null
  submitted_at?: string
}

const REVIEW_MARKER = /^<!-- model-gate-review model=([A-Za-z0-9._%-]*) verdict=(approved|blocked|error) -->(?:\r?\n|$)/

/** The hidden first line of our reviews: the model key (percent-encoded) and the verdict. */
export function reviewMarker(modelKey: string, verdict: Verdict): string {
  return `<!-- model-gate-review model=${encodeURIComponent(modelKey).replace(/[!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)} verdict=${verdict} -->`
}

/** The model key and verdict of a review body that starts with our review marker. */
export function parseReviewMarker(body: string): { model: string; verdict: Verdict } | undefined {
  const match = REVIEW_MARKER.exec(body)
  if (!match) return undefined
  try {
    return { model: decodeURIComponent(match[1]!), verdict: match[2] as Verdict }
  } catch {
    return undefined
  }
}

/**
 * The review event for a verdict: REQUEST_CHANGES when an enforced gate blocks or errors,
 * APPROVE when it approves, COMMENT in advisory mode (an advisory gate must not block a merge).
 */
export function reviewEventFor(verdict: Verdict, mode: Mode): ReviewEvent {
  if (mode === 'advisory') return 'COMMENT'
  return verdict === 'approved' ? 'APPROVE' : 'REQUEST_CHANGES'
}

const STATE_OF: Record<ReviewEvent, string> = { APPROVE: 'APPROVED', REQUEST_CHANGES: 'CHANGES_REQUESTED', COMMENT: 'COMMENTED' }
const ACTIVE = new Set(['APPROVED', 'CHANGES_REQUESTED'])

/**
 * Submits the gate's review, keeping at most one active review (approval or change request) of
 * its own: an own active review in the same state is updated in place (no new notification);
 * one in another state is dismissed first (PUT …/reviews/{id}/dismissals). When GitHub refuses
 * an approval (422/403: an Actions token may not approve unless the repository allows it), a
 * COMMENT review is posted instead, with a warning; an approval also supersedes a change request
 * whose dismissal GitHub refused. Own reviews are found by author and marker.
 * Never throws: every failure is a warning and the verdict stands as it is.
 */
export async function submitReview(client: GitHubClient, target: ReviewTarget): Promise<ReviewResult> {
  const result: ReviewResult = { action: 'none', dismissed: [], warnings: [] }
  const { owner, repo, pullNumber } = target
  let ours: PullReview[]
  try {
    const all = (await client.paginate(client.rest.pulls.listReviews, {
      owner,
      repo,
      pull_number: pullNumber,
      per_page: 100,
    })) as PullReview[]
    ours = all.filter((r) => r.user?.login === target.identity && parseReviewMarker(r.body ?? '')?.model === target.modelKey)
  } catch (error) {
    result.warnings.push(`Could not read the pull request's reviews (${describe(error)}); no review was submitted.`)
    return result
  }
  let event = reviewEventFor(target.verdict, target.mode)
  const body = `${reviewMarker(target.modelKey, target.verdict)}\n${target.body}`

  const dismissAll = async (keep?: number): Promise<boolean> => {
    for (const review of ours) {
      if (review.id === keep || !ACTIVE.has(review.state ?? '')) continue
      try {
        await client.rest.pulls.dismissReview({
          owner,
          repo,
          pull_number: pullNumber,
          review_id: review.id,
          message: `model-gate: the verdict for ${target.headSha.slice(0, 7)} is ${target.verdict}.`,
        })
        result.dismissed.push(review.id)
      } catch (error) {
        result.warnings.push(`Could not dismiss model-gate's earlier review ${review.id} (${describe(error)}).`)
        return false
      }
    }
    return true
  }

  const sameState = [...ours].reverse().find((r) => r.state === STATE_OF[event])
  if (event !== 'COMMENT' && sameState) {
    await dismissAll(sameState.id)
    return update(client, target, sameState, body, result)
  }
  // When a dismissal is refused (a protected branch may restrict who dismisses), an approval still
  // supersedes the change request: GitHub counts each reviewer's latest review.
  const dismissedAll = await dismissAll()
  if (event === 'COMMENT') {
    const newest = ours.filter((r) => r.state !== 'DISMISSED').at(-1)
    if (newest?.state === 'COMMENTED' && parseReviewMarker(newest.body ?? '')?.verdict === target.verdict)
      return update(client, target, newest, body, result)
  }
  try {
    const { data } = await client.rest.pulls.createReview({ owner, repo, pull_number: pullNumber, commit_id: target.headSha, body, event })
    result.action = ACTION_OF[event]
    result.reviewId = data.id
    return result
  } catch (error) {
    const status = httpStatus(error)
    if (event !== 'APPROVE' || (status !== 422 && status !== 403)) {
      result.warnings.push(`Could not submit model-gate's review (${describe(error)}).`)
      return result
    }
    result.warnings.push(
      `GitHub refused model-gate's approval (${describe(error)}): a workflow token may approve only when the repository allows GitHub Actions to approve pull requests; a comment review was posted instead.`,
    )
    event = 'COMMENT'
  }
  try {
    const { data } = await client.rest.pulls.createReview({ owner, repo, pull_number: pullNumber, commit_id: target.headSha, body, event })
    result.action = 'commented'
    result.reviewId = data.id
  } catch (error) {
    result.warnings.push(`Could not submit model-gate's comment review either (${describe(error)}).`)
  }
  if (!dismissedAll)
    result.warnings.push(
      "model-gate's earlier change request still stands: dismiss it by hand, or let the repository allow GitHub Actions to approve.",
    )
  return result
}

const ACTION_OF: Record<ReviewEvent, ReviewResult['action']> = {
  APPROVE: 'approved',
  REQUEST_CHANGES: 'changes_requested',
  COMMENT: 'commented',
}

async function update(
  client: GitHubClient,
  target: ReviewTarget,
  review: PullReview,
  body: string,
  result: ReviewResult,
): Promise<ReviewResult> {
  if (review.body === body) {
    result.reviewId = review.id
    return result
  }
  try {
    await client.rest.pulls.updateReview({
      owner: target.owner,
      repo: target.repo,
      pull_number: target.pullNumber,
      review_id: review.id,
      body,
    })
    result.action = 'updated'
    result.reviewId = review.id
  } catch (error) {
    result.warnings.push(`Could not update model-gate's review ${review.id} (${describe(error)}).`)
  }
  return result
}

function describe(error: unknown): string {
  const status = httpStatus(error)
  const hint = status === 403 ? '; the token may not write reviews (a read-only token, or `pull-requests: write` missing)' : ''
  return `${status !== undefined ? `${status}: ` : ''}${errorMessage(error)}${hint}`
}
