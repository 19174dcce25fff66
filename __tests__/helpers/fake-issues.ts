import type { FakeGitHub, RouteAnswer } from './fake-github.js'

export interface FakeIssue {
  number: number
  title: string
  body: string
  state: 'open' | 'closed'
  state_reason: string | null
  labels: { name: string }[]
  assignees: { login: string }[]
  user: { login: string }
  pull_request?: { url: string }
}

export interface FakeIssues {
  /** Every issue (copies), in creation order. */
  all(): FakeIssue[]
  /** Adds an issue as if `login` had opened it. */
  add(issue: Partial<FakeIssue> & { title: string; body: string; login: string }): FakeIssue
}

const fail = (status: number, message: string, errors?: unknown[]): RouteAnswer => ({
  status,
  body: { message, ...(errors ? { errors } : {}) },
})

/**
 * Issues for `owner/repo` on the fake GitHub: list (state, labels filters), create, get, update.
 * Assignees must be in `assignable` (else 422, as GitHub answers for a non-collaborator); writes
 * with a read-only token answer 403. Comments use the built-in comment routes.
 */
export function installFakeIssues(
  fake: FakeGitHub,
  options: { owner: string; repo: string; assignable?: string[]; firstNumber?: number },
): FakeIssues {
  const base = `/repos/${options.owner}/${options.repo}/issues`
  const assignable = new Set(options.assignable ?? [])
  const issues: FakeIssue[] = []
  let next = options.firstNumber ?? 40

  const checkAssignees = (names: unknown): RouteAnswer | undefined => {
    if (names === undefined) return undefined
    const bad = (names as string[]).filter((name) => !assignable.has(name))
    if (bad.length === 0) return undefined
    return fail(
      422,
      'Validation Failed',
      bad.map((value) => ({ resource: 'Issue', code: 'invalid', field: 'assignees', value })),
    )
  }

  const add: FakeIssues['add'] = ({ login, ...issue }) => {
    const created: FakeIssue = { number: next++, state: 'open', state_reason: null, labels: [], assignees: [], user: { login }, ...issue }
    issues.push(created)
    return created
  }

  fake.route('GET', new RegExp(`^${base}$`), ({ url }) => {
    const state = url.searchParams.get('state') ?? 'open'
    const labels = (url.searchParams.get('labels') ?? '').split(',').filter(Boolean)
    const listed = issues.filter((i) => (state === 'all' || i.state === state) && labels.every((l) => i.labels.some((x) => x.name === l)))
    return { status: 200, body: listed }
  })
  fake.route('POST', new RegExp(`^${base}$`), ({ record, token }) => {
    if (token.readOnly) return fail(403, 'Resource not accessible by integration')
    const body = record.body as { title?: string; body?: string; assignees?: string[]; labels?: string[] }
    if (!body.title) return fail(422, 'Validation Failed')
    const rejected = checkAssignees(body.assignees)
    if (rejected) return rejected
    const issue = add({
      login: token.login,
      title: body.title,
      body: body.body ?? '',
      labels: (body.labels ?? []).map((name) => ({ name })),
      assignees: (body.assignees ?? []).map((login) => ({ login })),
    })
    return { status: 201, body: issue }
  })
  fake.route('PATCH', new RegExp(`^${base}/(\\d+)$`), ({ record, match, token }) => {
    if (token.readOnly) return fail(403, 'Resource not accessible by integration')
    const issue = issues.find((i) => i.number === Number(match[1]))
    if (!issue) return fail(404, 'Not Found')
    const body = record.body as Partial<{
      title: string
      body: string
      state: 'open' | 'closed'
      state_reason: string
      assignees: string[]
    }>
    const rejected = checkAssignees(body.assignees)
    if (rejected) return rejected
    if (body.title !== undefined) issue.title = body.title
    if (body.body !== undefined) issue.body = body.body
    if (body.state !== undefined) issue.state = body.state
    if (body.state_reason !== undefined) issue.state_reason = body.state_reason
    if (body.assignees !== undefined) issue.assignees = body.assignees.map((login) => ({ login }))
    return { status: 200, body: issue }
  })

  return { all: () => issues.map((i) => structuredClone(i)), add }
}
