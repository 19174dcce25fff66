import {
  parseApprover,
  parseOverrideCommand,
  teamKey,
  type ActorFacts,
  type Fact,
  type LabelEvent,
  type OverrideFacts,
  type OverridePolicy,
  type ReasonComment,
} from '../core/override.js'
import { parseOverrideState } from '../core/override-state.js'
import type { GitHubClient } from './client.js'
import { newestOurComment, type IssueComment } from './comments.js'
import { errorMessage, httpStatus } from './http-error.js'

export interface OverrideQuery {
  owner: string
  repo: string
  pullNumber: number
  policy: OverridePolicy
  /** The token's login (tokenIdentity): our sticky comment, written by it, holds the earlier record. */
  identity: string
  /** The sticky comment's model key (`default`, a model name, `all`). */
  modelKey: string
}

interface IssueEvent {
  id?: number
  event?: string
  created_at?: string
  actor?: { login?: string } | null
  label?: { name?: string } | null
}

/**
 * Gathers what decideOverride needs, asking GitHub only what the decision needs: the PR's labels
 * and author (GET /issues/{n}); then, with the label on, the latest `labeled`/`unlabeled` event
 * for it (the issue events, paginated), the actor's standing (team memberships or repository
 * role), and the PR comments (the actor's latest `/model-gate override` comment; the record in
 * our own sticky comment's hidden state). Never throws: an answer GitHub refuses (403/404 from a
 * read-only or fine-grained token without the scope) or any other failure becomes an unknown
 * fact with the reason, which refuses the override with a warning.
 */
export async function gatherOverrideFacts(client: GitHubClient, query: OverrideQuery): Promise<OverrideFacts> {
  const { owner, repo, pullNumber, policy } = query
  const issue = await attempt('the pull request', async () => {
    const { data } = await client.rest.issues.get({ owner, repo, issue_number: pullNumber })
    const labels = (data.labels ?? []).map((l) => (typeof l === 'string' ? l : (l.name ?? '')))
    return { labels, author: data.user?.login ?? '' }
  })
  if (!issue.known) return { labelled: issue }
  const labelled = issue.value.labels.some((name) => sameName(name, policy.label))
  const author: Fact<string> = issue.value.author
    ? { known: true, value: issue.value.author }
    : { known: false, why: 'GitHub did not name the author' }
  if (!labelled) return { labelled: { known: true, value: false }, author }

  const event = await attempt('the issue events', () => latestLabelEvent(client, query))
  const facts: OverrideFacts = { labelled: { known: true, value: true }, author, event }
  if (!event.known || event.value?.action !== 'labeled') return facts
  const actor = event.value.actor

  facts.actor = await actorFacts(client, query, actor)
  const comments = await attempt(
    'the pull request comments',
    () =>
      client.paginate(client.rest.issues.listComments, { owner, repo, issue_number: pullNumber, per_page: 100 }) as Promise<IssueComment[]>,
  )
  if (!comments.known) {
    facts.reason = comments
    facts.previous = comments
    return facts
  }
  facts.reason = { known: true, value: latestReason(comments.value, actor) }
  const ours = newestOurComment(comments.value, query.identity, query.modelKey)
  facts.previous = { known: true, value: ours?.body === undefined ? undefined : parseOverrideState(ours.body) }
  return facts
}

async function latestLabelEvent(client: GitHubClient, query: OverrideQuery): Promise<LabelEvent | undefined> {
  const events = (await client.paginate(client.rest.issues.listEvents, {
    owner: query.owner,
    repo: query.repo,
    issue_number: query.pullNumber,
    per_page: 100,
  })) as IssueEvent[]
  let latest: { event: IssueEvent; time: number; index: number } | undefined
  events.forEach((event, index) => {
    if (event.event !== 'labeled' && event.event !== 'unlabeled') return
    if (!sameName(event.label?.name ?? '', query.policy.label)) return
    const time = Date.parse(event.created_at ?? '')
    if (Number.isNaN(time)) return
    const later =
      !latest || time > latest.time || (time === latest.time && ((event.id ?? 0) > (latest.event.id ?? 0) || index > latest.index))
    if (later) latest = { event, time, index }
  })
  if (!latest) return undefined
  const login = latest.event.actor?.login
  if (!login) return undefined
  return { action: latest.event.event as LabelEvent['action'], actor: login, at: latest.event.created_at! }
}

async function actorFacts(client: GitHubClient, query: OverrideQuery, actor: string): Promise<ActorFacts> {
  const facts: ActorFacts = { teams: {} }
  if (query.policy.approvers === undefined) {
    facts.permission = await attempt(`${actor}'s permission`, async () => {
      const { data } = await client.rest.repos.getCollaboratorPermissionLevel({ owner: query.owner, repo: query.repo, username: actor })
      const role = (data as { role_name?: string }).role_name || data.permission
      if (!role) throw new Error('GitHub named no role')
      return role
    })
    return facts
  }
  const approvers = query.policy.approvers.map(parseApprover)
  if (approvers.some((a) => a?.kind === 'user' && a.login.toLowerCase() === actor.toLowerCase())) return facts
  for (const approver of approvers) {
    if (approver?.kind !== 'team') continue
    const key = teamKey(approver.org, approver.slug)
    const member = await teamMember(client, approver.org, approver.slug, actor)
    facts.teams[key] = member
    if (member.known && member.value) break
  }
  return facts
}

/**
 * Whether `user` is an active member of the team. GitHub answers 404 both for "not a member" and
 * for a team the token cannot see, so a 404 is only taken as "not a member" once the team
 * itself is visible (GET /orgs/{org}/teams/{slug}).
 */
async function teamMember(client: GitHubClient, org: string, slug: string, user: string): Promise<Fact<boolean>> {
  try {
    const { data } = await client.rest.teams.getMembershipForUserInOrg({ org, team_slug: slug, username: user })
    return { known: true, value: data.state === 'active' }
  } catch (error) {
    if (httpStatus(error) !== 404) return { known: false, why: refusal(`the membership of @${org}/${slug}`, error) }
  }
  try {
    await client.rest.teams.getByName({ org, team_slug: slug })
    return { known: true, value: false }
  } catch (error) {
    return {
      known: false,
      why: `${refusal(`the team @${org}/${slug}`, error)}; the token needs read access to the organisation's teams (members: read)`,
    }
  }
}

/** The actor's latest comment that is the `/model-gate override` command. */
function latestReason(comments: readonly IssueComment[], actor: string): ReasonComment | undefined {
  let best: ReasonComment | undefined
  let bestTime = -Infinity
  for (const comment of comments) {
    if (comment.user?.login?.toLowerCase() !== actor.toLowerCase() || typeof comment.body !== 'string') continue
    const text = parseOverrideCommand(comment.body)
    if (text === undefined) continue
    const time = Date.parse(comment.created_at ?? '')
    const at = Number.isNaN(time) ? -1 : time
    if (!best || at > bestTime || (at === bestTime && comment.id > best.id)) {
      best = { id: comment.id, text, at: comment.created_at ?? '' }
      bestTime = at
    }
  }
  return best
}

async function attempt<T>(what: string, read: () => Promise<T>): Promise<Fact<T>> {
  try {
    return { known: true, value: await read() }
  } catch (error) {
    return { known: false, why: refusal(what, error) }
  }
}

/** Why GitHub did not tell, in words: `reading the issue events failed (403: Resource not accessible by integration)`. */
function refusal(what: string, error: unknown): string {
  const status = httpStatus(error)
  const scope = status === 403 || status === 404 ? '; the token may lack the permission' : ''
  return `reading ${what} failed (${status !== undefined ? `${status}: ` : ''}${errorMessage(error)})${scope}`
}

function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase()
}
