/**
 * The endpoints of human oversight on top of the fake GitHub API (fake.route): the PR as an issue
 * (author, labels), its issue events, team memberships, collaborator permissions, pull request
 * reviews and check runs. Like GitHub: a read-only token gets 403 on every write; a team the
 * token cannot see answers 404 (membership and team alike); an Actions token may not approve
 * unless `actionsMayApprove` is set (422); a check run takes at most 50 annotations per request.
 */
import type { FakeGitHub, RouteAnswer, RouteContext } from './fake-github.js'

export interface FakeLabelEvent {
  id: number
  event: 'labeled' | 'unlabeled'
  actor: { login: string }
  label: { name: string }
  created_at: string
}

export interface FakeReview {
  id: number
  user: { login: string }
  body: string
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED'
  commit_id: string
  submitted_at: string
}

export interface FakeCheckRun {
  id: number
  name: string
  head_sha: string
  status: string
  conclusion: string | null
  external_id: string | null
  details_url: string | null
  output: { title: string | null; summary: string | null; text: string | null }
  annotations: Array<Record<string, unknown>>
  html_url: string
}

export interface FakeOversight {
  /** Sets the PR's author (GET /issues/{n} reports it). */
  setAuthor(number: number, login: string): void
  /** `login` applies the label: it is on the PR and a `labeled` event is recorded. */
  label(number: number, login: string, name: string, at?: string): void
  /** `login` removes the label: an `unlabeled` event. */
  unlabel(number: number, login: string, name: string, at?: string): void
  /** Adds another kind of event (`assigned`, a label of another name, ...) to pad the list. */
  otherEvent(number: number, event: string, login: string, labelName?: string): void
  /** Makes `login` an active (or pending) member of `@org/slug`; the team exists from then on. */
  addTeamMember(org: string, slug: string, login: string, state?: 'active' | 'pending'): void
  /** Creates a team without members. */
  addTeam(org: string, slug: string): void
  /** The repository role of a user (`admin`, `maintain`, `write`, `triage`, `read`). */
  setRole(login: string, role: string): void
  /** An existing review (another reviewer's, or an earlier one of ours). */
  addReview(number: number, review: Omit<FakeReview, 'id' | 'submitted_at'>): FakeReview
  reviews(number: number): FakeReview[]
  checkRuns(): FakeCheckRun[]
  /** False by default: like a repository that does not let GitHub Actions approve pull requests. */
  actionsMayApprove: boolean
  /** False: the token cannot see the organisation's teams (404 for teams and memberships alike). */
  orgVisible: boolean
}

const OWNER_REPO = '([^/]+)\\/([^/]+)'
const LEGACY_PERMISSION: Record<string, string> = { admin: 'admin', maintain: 'write', write: 'write', triage: 'read', read: 'read' }

/** Adds the oversight endpoints to `fake` for the repository `owner/repo`. */
export function addOversight(fake: FakeGitHub, owner: string, repo: string): FakeOversight {
  const labels = new Map<number, string[]>()
  const authors = new Map<number, string>()
  const events = new Map<number, FakeLabelEvent[]>()
  const teams = new Map<string, Map<string, 'active' | 'pending'>>()
  const roles = new Map<string, string>()
  const reviews = new Map<number, FakeReview[]>()
  const runs: FakeCheckRun[] = []
  let nextId = 50_000
  let clock = 0
  const time = (): string => new Date(Date.parse('2025-03-01T00:00:00Z') + ++clock * 60_000).toISOString()
  const denied = (): RouteAnswer => ({ status: 403, body: { message: 'Resource not accessible by integration' } })
  const notFound = (): RouteAnswer => ({ status: 404, body: { message: 'Not Found' } })
  const ours = (ctx: RouteContext): boolean => ctx.match[1] === owner && ctx.match[2] === repo
  const teamKey = (org: string, slug: string): string => `${org}/${slug}`.toLowerCase()

  const state: FakeOversight = {
    actionsMayApprove: false,
    orgVisible: true,
    setAuthor: (n, login) => void authors.set(n, login),
    label(n, login, name, at) {
      const list = labels.get(n) ?? []
      if (!list.includes(name)) labels.set(n, [...list, name])
      addEvent(n, 'labeled', login, name, at)
    },
    unlabel(n, login, name, at) {
      labels.set(
        n,
        (labels.get(n) ?? []).filter((l) => l !== name),
      )
      addEvent(n, 'unlabeled', login, name, at)
    },
    otherEvent(n, event, login, labelName) {
      const list = events.get(n) ?? []
      const item = { id: nextId++, event, actor: { login }, created_at: time(), ...(labelName ? { label: { name: labelName } } : {}) }
      events.set(n, [...list, item as FakeLabelEvent])
    },
    addTeamMember(org, slug, login, memberState = 'active') {
      const key = teamKey(org, slug)
      const members = teams.get(key) ?? new Map()
      members.set(login.toLowerCase(), memberState)
      teams.set(key, members)
    },
    addTeam(org, slug) {
      if (!teams.has(teamKey(org, slug))) teams.set(teamKey(org, slug), new Map())
    },
    setRole: (login, role) => void roles.set(login.toLowerCase(), role),
    addReview(n, review) {
      const stored: FakeReview = { ...review, id: nextId++, submitted_at: time() }
      reviews.set(n, [...(reviews.get(n) ?? []), stored])
      return { ...stored }
    },
    reviews: (n) => (reviews.get(n) ?? []).map((r) => ({ ...r })),
    checkRuns: () => runs.map((r) => ({ ...r, annotations: [...r.annotations] })),
  }

  function addEvent(n: number, event: 'labeled' | 'unlabeled', login: string, name: string, at?: string): void {
    const item: FakeLabelEvent = { id: nextId++, event, actor: { login }, label: { name }, created_at: at ?? time() }
    events.set(n, [...(events.get(n) ?? []), item])
  }

  function page<T>(ctx: RouteContext, all: T[]): RouteAnswer {
    const perPage = Math.min(Math.max(Number(ctx.url.searchParams.get('per_page') ?? 30) || 30, 1), 100)
    const current = Math.max(Number(ctx.url.searchParams.get('page') ?? 1) || 1, 1)
    const last = Math.max(Math.ceil(all.length / perPage), 1)
    const headers: Record<string, string> = {}
    if (current < last) {
      const next = new URL(`${fake.url}${ctx.url.pathname}`)
      ctx.url.searchParams.forEach((value, key) => next.searchParams.set(key, value))
      next.searchParams.set('per_page', String(perPage))
      next.searchParams.set('page', String(current + 1))
      headers.Link = `<${next.toString()}>; rel="next"`
    }
    return { status: 200, body: all.slice((current - 1) * perPage, current * perPage), headers }
  }

  fake.route('GET', new RegExp(`^/repos/${OWNER_REPO}/issues/(\\d+)$`), (ctx) => {
    if (!ours(ctx)) return notFound()
    const n = Number(ctx.match[3])
    const author = authors.get(n)
    if (author === undefined) return notFound()
    return {
      status: 200,
      body: { number: n, user: { login: author }, labels: (labels.get(n) ?? []).map((name, i) => ({ id: i + 1, name })), pull_request: {} },
    }
  })

  fake.route('GET', new RegExp(`^/repos/${OWNER_REPO}/issues/(\\d+)/events$`), (ctx) =>
    ours(ctx) ? page(ctx, events.get(Number(ctx.match[3])) ?? []) : notFound(),
  )

  fake.route('GET', /^\/orgs\/([^/]+)\/teams\/([^/]+)\/memberships\/([^/]+)$/, (ctx) => {
    const members = state.orgVisible ? teams.get(teamKey(ctx.match[1]!, ctx.match[2]!)) : undefined
    const member = members?.get(ctx.match[3]!.toLowerCase())
    if (!member) return notFound()
    return { status: 200, body: { state: member, role: 'member', url: `${fake.url}${ctx.record.path}` } }
  })

  fake.route('GET', /^\/orgs\/([^/]+)\/teams\/([^/]+)$/, (ctx) => {
    if (!state.orgVisible || !teams.has(teamKey(ctx.match[1]!, ctx.match[2]!))) return notFound()
    return { status: 200, body: { slug: ctx.match[2], name: ctx.match[2] } }
  })

  fake.route('GET', new RegExp(`^/repos/${OWNER_REPO}/collaborators/([^/]+)/permission$`), (ctx) => {
    if (!ours(ctx)) return notFound()
    const role = roles.get(ctx.match[3]!.toLowerCase())
    if (role === undefined) return notFound()
    return { status: 200, body: { permission: LEGACY_PERMISSION[role] ?? 'read', role_name: role, user: { login: ctx.match[3] } } }
  })

  fake.route('GET', new RegExp(`^/repos/${OWNER_REPO}/pulls/(\\d+)/reviews$`), (ctx) =>
    ours(ctx) ? page(ctx, reviews.get(Number(ctx.match[3])) ?? []) : notFound(),
  )

  fake.route('POST', new RegExp(`^/repos/${OWNER_REPO}/pulls/(\\d+)/reviews$`), (ctx) => {
    if (!ours(ctx)) return notFound()
    if (ctx.token.readOnly) return denied()
    const n = Number(ctx.match[3])
    const sent = (ctx.record.body ?? {}) as { event?: string; body?: string; commit_id?: string }
    const stateOf: Record<string, FakeReview['state']> = { APPROVE: 'APPROVED', REQUEST_CHANGES: 'CHANGES_REQUESTED', COMMENT: 'COMMENTED' }
    const reviewState = stateOf[sent.event ?? '']
    if (!reviewState) return { status: 422, body: { message: 'Unprocessable Entity: event' } }
    if (reviewState === 'APPROVED' && ctx.token.installation && !state.actionsMayApprove) {
      return {
        status: 422,
        body: { message: 'Unprocessable Entity', errors: ['GitHub Actions is not permitted to approve pull requests.'] },
      }
    }
    if (reviewState !== 'APPROVED' && !sent.body) return { status: 422, body: { message: 'Unprocessable Entity: body is required' } }
    const review = state.addReview(n, {
      user: { login: ctx.token.login },
      body: sent.body ?? '',
      state: reviewState,
      commit_id: sent.commit_id ?? '',
    })
    return { status: 200, body: review }
  })

  fake.route('PUT', new RegExp(`^/repos/${OWNER_REPO}/pulls/(\\d+)/reviews/(\\d+)(/dismissals)?$`), (ctx) => {
    if (!ours(ctx)) return notFound()
    if (ctx.token.readOnly) return denied()
    const list = reviews.get(Number(ctx.match[3])) ?? []
    const review = list.find((r) => r.id === Number(ctx.match[4]))
    if (!review) return notFound()
    const sent = (ctx.record.body ?? {}) as { body?: string; message?: string }
    if (ctx.match[5]) {
      if (review.state !== 'APPROVED' && review.state !== 'CHANGES_REQUESTED')
        return { status: 422, body: { message: 'Can not dismiss a commented pull request review' } }
      if (!sent.message) return { status: 422, body: { message: 'message is required' } }
      review.state = 'DISMISSED'
      return { status: 200, body: { ...review } }
    }
    if (review.user.login !== ctx.token.login) return denied()
    review.body = sent.body ?? ''
    return { status: 200, body: { ...review } }
  })

  function writeRun(run: FakeCheckRun, sent: Record<string, unknown>): RouteAnswer | undefined {
    const output = sent.output as
      { title?: string; summary?: string; text?: string; annotations?: Array<Record<string, unknown>> } | undefined
    const annotations = output?.annotations ?? []
    if (annotations.length > 50) return { status: 422, body: { message: 'Only 50 annotations are allowed per request' } }
    if ((output?.summary?.length ?? 0) > 65_535 || (output?.text?.length ?? 0) > 65_535)
      return { status: 422, body: { message: 'output.summary is too long' } }
    for (const a of annotations) {
      if (
        typeof a.path !== 'string' ||
        !Number.isInteger(a.start_line) ||
        !['notice', 'warning', 'failure'].includes(String(a.annotation_level))
      ) {
        return { status: 422, body: { message: 'Invalid annotation' } }
      }
    }
    if (typeof sent.status === 'string') run.status = sent.status
    if (typeof sent.conclusion === 'string') run.conclusion = sent.conclusion
    if (typeof sent.external_id === 'string') run.external_id = sent.external_id
    if (typeof sent.details_url === 'string') run.details_url = sent.details_url
    if (output) {
      run.output = {
        title: output.title ?? run.output.title,
        summary: output.summary ?? run.output.summary,
        text: output.text ?? run.output.text,
      }
      run.annotations.push(...annotations)
    }
    return undefined
  }

  fake.route('POST', new RegExp(`^/repos/${OWNER_REPO}/check-runs$`), (ctx) => {
    if (!ours(ctx)) return notFound()
    if (ctx.token.readOnly) return denied()
    const sent = (ctx.record.body ?? {}) as Record<string, unknown>
    if (typeof sent.name !== 'string' || typeof sent.head_sha !== 'string')
      return { status: 422, body: { message: 'name and head_sha are required' } }
    const id = nextId++
    const run: FakeCheckRun = {
      id,
      name: sent.name,
      head_sha: sent.head_sha,
      status: 'queued',
      conclusion: null,
      external_id: null,
      details_url: null,
      output: { title: null, summary: null, text: null },
      annotations: [],
      html_url: `${fake.url}/${owner}/${repo}/runs/${id}`,
    }
    const refused = writeRun(run, sent)
    if (refused) return refused
    runs.push(run)
    return { status: 201, body: run }
  })

  fake.route('PATCH', new RegExp(`^/repos/${OWNER_REPO}/check-runs/(\\d+)$`), (ctx) => {
    if (!ours(ctx)) return notFound()
    if (ctx.token.readOnly) return denied()
    const run = runs.find((r) => r.id === Number(ctx.match[3]))
    if (!run) return notFound()
    return writeRun(run, (ctx.record.body ?? {}) as Record<string, unknown>) ?? { status: 200, body: run }
  })

  return state
}
