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
  ctx: Pick<EventContext, 'owner' | 'repo' | 'prNumber' | 'commentCount'>
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
  const listed = scanMarkedComments(client, { owner: ctx.owner, repo: ctx.repo, issueNumber: ctx.prNumber }, { expected: ctx.commentCount })
  identity.catch(() => undefined)
  listed.catch(() => undefined)
  return { identity, listed }
}

/** The most files prefetchBasePaths names: the policy is the PR's copy, so what it names is bounded. */
export const MAX_PREFETCHED = 4

/**
 * The metrics files a policy's text names (`file:` directly under a `metrics:` or `baseline:`
 * key, at any depth: one model, `models:`, `defaults:`), in order, at most MAX_PREFETCHED: the
 * baseline reads at the base commit that can be started before the base commit's policy arrives.
 * A guess from the text only (the PR's copy of the policy, not validated); a wrong guess costs one
 * unused read. None when a `baseline:` block reads no base copy (`source:` other than `base`).
 */
export function prefetchBasePaths(policyText: string): string[] {
  const paths: string[] = []
  /** The keys of the open blocks, innermost last, with their indentation. */
  const open: { indent: number; key: string }[] = []
  for (const line of policyText.split(/\r?\n/)) {
    const m = /^( *)(?:- +)?([A-Za-z_][\w.-]*|"[^"]*"|'[^']*') *:(?: +(.*?))? *$/.exec(line.replace(/ +#.*$/, ''))
    if (!m) continue
    const indent = (m[1] as string).length
    const key = (m[2] as string).replace(/^["']|["']$/g, '')
    const value = (m[3] ?? '').replace(/^(["'])(.*)\1$/, '$2')
    while (open.length && (open.at(-1) as { indent: number }).indent >= indent) open.pop()
    const parent = open.at(-1)?.key
    if (parent === 'baseline' && key === 'source' && value !== '' && value !== 'base') return []
    if (value === '') open.push({ indent, key })
    else if (key === 'file' && (parent === 'metrics' || parent === 'baseline') && !paths.includes(value)) paths.push(value)
  }
  return paths.slice(0, MAX_PREFETCHED)
}
