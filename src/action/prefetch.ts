import type { GitHubClient } from '../github/client.js'
import { scanMarkedComments, type MarkedComment } from '../github/comment-scan.js'
import type { EventContext } from '../github/event.js'
import { tokenIdentity } from '../github/identity.js'

/** The answers the PR comment needs, asked for before the gate runs so they arrive while it works. */
export interface CommentPrefetch {
  /** The token's login (tokenIdentity; no request for an installation token). */
  identity: Promise<string>
  /** The PR's comments that carry a model-gate marker (scanMarkedComments). */
  listed: Promise<readonly MarkedComment[]>
}

export interface PrefetchOptions {
  /** The `comment` input. */
  enabled: boolean
  ctx: Pick<EventContext, 'owner' | 'repo' | 'prNumber'>
  client: GitHubClient | undefined
  /** The token the client was made with. */
  token: string
}

/**
 * Starts the requests the sticky comment will need (who the token is, the PR's marked comments)
 * in parallel with reading the policy and the baseline; undefined when no comment will be written
 * (comments off, no pull request, no token). The promises may reject: whoever awaits them sees
 * the error, and an unawaited rejection (the gate failed first) is not reported as unhandled.
 */
export function prefetchComment(opts: PrefetchOptions): CommentPrefetch | undefined {
  const { ctx, client } = opts
  if (!opts.enabled || ctx.prNumber === undefined || !client) return undefined
  const identity = tokenIdentity(client, opts.token)
  const listed = scanMarkedComments(client, { owner: ctx.owner, repo: ctx.repo, issueNumber: ctx.prNumber })
  identity.catch(() => undefined)
  listed.catch(() => undefined)
  return { identity, listed }
}
