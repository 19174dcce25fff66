import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { decideOverride, type FailingCheck, type OverridePolicy } from '../../src/core/override.js'
import { createClient } from '../../src/github/client.js'
import { gatherOverrideFacts } from '../../src/github/override.js'
import { markerFor } from '../../src/core/marker.js'
import { withOverrideState } from '../../src/core/override-state.js'
import { BOT_LOGIN, DEFAULT_TOKEN, startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js'
import { addOversight, type FakeOversight } from '../helpers/fake-oversight.js'

const OWNER = 'acme'
const REPO = 'fraud-model'
const PR = 7
const LABEL = 'model-gate/override'
const HEAD = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'
const NEXT = 'b2c3d4e5f60718293a4b5c6d7e8f9012345678a1'
const READ_ONLY = 'ghs_read_only'
const POLICY: OverridePolicy = { label: LABEL, approvers: ['@acme/ml-leads', 'dana'], requireReason: true, allowSelf: false }
const ACC: FailingCheck = { model: 'default', id: 'threshold:accuracy:min', metric: 'accuracy', value: 0.81, better: 'higher' }
const LAT: FailingCheck = { model: 'default', id: 'threshold:latency_ms:max', metric: 'latency_ms', value: 130, better: 'lower' }

let fake: FakeGitHub
let gh: FakeOversight
beforeEach(async () => {
  fake = await startFakeGitHub()
  fake.addToken(READ_ONLY, { login: BOT_LOGIN, installation: true, readOnly: true })
  gh = addOversight(fake, OWNER, REPO)
  gh.setAuthor(PR, 'erin')
  gh.addTeamMember('acme', 'ml-leads', 'sam')
  gh.addTeamMember('acme', 'ml-leads', 'pat', 'pending')
  gh.setRole('max', 'maintain')
  gh.setRole('ada', 'admin')
  gh.setRole('wes', 'write')
})
afterEach(() => fake.close())

const client = (token = DEFAULT_TOKEN) => createClient(token, { baseUrl: fake.url, retries: 0, minRetryDelayMs: 1 })

/** Gathers the facts and decides, as the Action will: the verdict before is `blocked` unless given. */
async function judge(
  opts: {
    policy?: OverridePolicy
    failing?: FailingCheck[]
    verdict?: 'blocked' | 'error' | 'approved'
    head?: string
    token?: string
  } = {},
) {
  const policy = opts.policy ?? POLICY
  const facts = await gatherOverrideFacts(client(opts.token), {
    owner: OWNER,
    repo: REPO,
    pullNumber: PR,
    policy,
    identity: BOT_LOGIN,
    modelKey: 'default',
  })
  return decideOverride({ policy, facts, verdict: opts.verdict ?? 'blocked', failing: opts.failing ?? [ACC], headSha: opts.head ?? HEAD })
}

const reason = (login: string, text = 'accepted for the Q3 launch (INC-42)') =>
  fake.addComment(OWNER, REPO, PR, { login, body: `/model-gate override ${text}` })

/** Posts our sticky comment with the outcome's record, as the publishing step will. */
function store(record: Parameters<typeof withOverrideState>[1]) {
  const body = withOverrideState(`${markerFor('default', HEAD)}\n## model-gate\n`, record)
  const existing = fake.comments(OWNER, REPO, PR).find((c) => c.user.login === BOT_LOGIN)
  if (existing) throw new Error('test stores once')
  fake.addComment(OWNER, REPO, PR, { login: BOT_LOGIN, body })
}

describe('override against the fake API', () => {
  test('an authorised override by a listed user', async () => {
    gh.label(PR, 'dana', LABEL)
    reason('dana')
    const out = await judge()
    expect(out).toMatchObject({ state: 'granted', verdict: 'approved', overridden: true, warnings: [] })
    expect(out.record).toMatchObject({
      by: 'dana',
      authority: 'listed in approvers',
      reason: 'accepted for the Q3 launch (INC-42)',
      headSha: HEAD,
    })
    expect(fake.requests.some((r) => r.path.includes('/teams/'))).toBe(false)
  })

  test('an authorised override by a team member', async () => {
    gh.label(PR, 'sam', LABEL)
    reason('sam')
    expect(await judge()).toMatchObject({
      state: 'granted',
      verdict: 'approved',
      record: { by: 'sam', authority: 'member of @acme/ml-leads' },
    })
  })

  test('a maintainer, approvers omitted', async () => {
    gh.label(PR, 'max', LABEL)
    reason('max')
    const out = await judge({ policy: { ...POLICY, approvers: undefined } })
    expect(out).toMatchObject({ state: 'granted', verdict: 'approved', record: { authority: 'maintain on the repository' } })
    expect(fake.requests.some((r) => r.path === `/repos/${OWNER}/${REPO}/collaborators/max/permission`)).toBe(true)
  })

  test.each([
    ['a writer with approvers omitted', 'wes', { ...POLICY, approvers: undefined }, /wes has the write role/],
    ['an outsider', 'mallory', POLICY, /mallory is not among the approvers \(@acme\/ml-leads, dana\)/],
    ['a pending team member', 'pat', POLICY, /pat is not among the approvers/],
  ])('an unauthorised label: %s', async (_name, login, policy, words) => {
    gh.label(PR, login, LABEL)
    reason(login)
    const out = await judge({ policy })
    expect(out).toMatchObject({ state: 'refused', verdict: 'blocked', overridden: false, warnings: [] })
    expect(out.explanation).toMatch(new RegExp(`^${login} applied the \`model-gate/override\` label, which does not count`))
    expect(out.explanation).toMatch(words)
  })

  test('the author approving their own', async () => {
    gh.setAuthor(PR, 'dana')
    gh.label(PR, 'dana', LABEL)
    reason('dana')
    expect((await judge()).explanation).toMatch(/to their own pull request, which does not count/)
    expect(await judge({ policy: { ...POLICY, allowSelf: true } })).toMatchObject({ state: 'granted', verdict: 'approved' })
  })

  test("a missing reason; someone else's reason does not count; a quoted command does not either", async () => {
    gh.label(PR, 'dana', LABEL)
    reason('sam')
    fake.addComment(OWNER, REPO, PR, { login: 'dana', body: '> /model-gate override quoted' })
    const out = await judge()
    expect(out).toMatchObject({ state: 'refused', verdict: 'blocked' })
    expect(out.explanation).toMatch(/requires a reason and dana has not commented/)
  })

  test("the approver's latest command gives the reason", async () => {
    gh.label(PR, 'dana', LABEL)
    reason('dana', 'first')
    reason('dana', 'second thoughts')
    expect((await judge()).record?.reason).toBe('second thoughts')
  })

  test('an override on an error', async () => {
    gh.label(PR, 'dana', LABEL)
    reason('dana')
    expect(await judge({ verdict: 'error', failing: [] })).toMatchObject({ state: 'refused', verdict: 'error', overridden: false })
  })

  test('an override followed by a push with a new regression blocks again, naming it; re-labelling re-approves', async () => {
    gh.label(PR, 'dana', LABEL)
    reason('dana')
    const first = await judge()
    store(first.record)
    const pushed = await judge({ head: NEXT, failing: [ACC, LAT] })
    expect(pushed).toMatchObject({ state: 'exceeded', verdict: 'blocked', newFailures: [{ id: LAT.id, why: 'new' }] })
    expect(pushed.explanation).toMatch(/threshold:latency_ms:max is a new failure/)
    expect(pushed.record).toEqual(first.record)
    const worse = await judge({ head: NEXT, failing: [{ ...ACC, value: 0.75 }] })
    expect(worse.explanation).toMatch(/threshold:accuracy:min got worse \(0\.81 when waived, 0\.75 now\)/)
    expect((await judge({ head: NEXT, failing: [ACC] })).verdict).toBe('approved')

    gh.unlabel(PR, 'dana', LABEL)
    gh.label(PR, 'dana', LABEL)
    const again = await judge({ head: NEXT, failing: [ACC, LAT] })
    expect(again).toMatchObject({ state: 'granted', verdict: 'approved', record: { headSha: NEXT } })
  })

  test("our comment's state counts; another user's forged copy does not", async () => {
    gh.label(PR, 'dana', LABEL, '2025-06-01T00:00:00Z')
    const c = reason('dana')
    const wide = {
      by: 'dana',
      at: '2025-06-01T00:00:00Z',
      authority: 'listed in approvers',
      reason: 'x',
      reasonCommentId: c.id,
      waived: [],
      headSha: HEAD,
    }
    fake.addComment(OWNER, REPO, PR, {
      login: 'mallory',
      body: withOverrideState(`${markerFor('default', HEAD)}\n## model-gate\n`, {
        ...wide,
        waived: [{ model: 'default', id: LAT.id, value: 999 }],
      }),
    })
    const out = await judge({ failing: [ACC, LAT] })
    expect(out.state).toBe('granted')
    expect(out.record?.waived.map((w) => w.id)).toEqual([ACC.id, LAT.id])
    fake.addComment(OWNER, REPO, PR, { login: BOT_LOGIN, body: fake.comments(OWNER, REPO, PR).at(-1)!.body })
    expect(await judge({ failing: [ACC, LAT] })).toMatchObject({ state: 'exceeded', newFailures: [{ id: ACC.id, why: 'new' }] })
  })

  test('a label applied and removed again does not count', async () => {
    gh.label(PR, 'dana', LABEL)
    reason('dana')
    gh.unlabel(PR, 'dana', LABEL)
    expect(await judge()).toMatchObject({ state: 'absent', verdict: 'blocked' })
    expect(fake.requests.some((r) => r.path.endsWith('/events'))).toBe(false)
  })

  test('a label re-applied by someone else is judged by the latest event', async () => {
    gh.label(PR, 'dana', LABEL)
    reason('dana')
    gh.unlabel(PR, 'erin', LABEL)
    gh.label(PR, 'mallory', LABEL)
    reason('mallory')
    expect((await judge()).explanation).toMatch(/^mallory applied/)

    gh.unlabel(PR, 'dana', LABEL)
    gh.label(PR, 'sam', LABEL)
    reason('sam')
    expect(await judge()).toMatchObject({ state: 'granted', record: { by: 'sam' } })
  })

  test('the latest event is found among 250 other events (pagination); other labels are ignored', async () => {
    for (let i = 0; i < 120; i++) gh.otherEvent(PR, 'assigned', 'erin')
    gh.label(PR, 'dana', LABEL)
    for (let i = 0; i < 130; i++) gh.otherEvent(PR, 'labeled', 'mallory', `other-${i}`)
    reason('dana')
    expect(await judge()).toMatchObject({ state: 'granted', record: { by: 'dana' } })
    expect(fake.requests.filter((r) => r.path.endsWith('/events')).length).toBe(3)
  })

  test('label names compare case-insensitively, as GitHub treats them', async () => {
    gh.label(PR, 'dana', 'Model-Gate/Override')
    reason('dana')
    expect((await judge()).state).toBe('granted')
  })

  test('a team the token cannot see: could not verify, with a warning; never granted', async () => {
    gh.orgVisible = false
    gh.label(PR, 'sam', LABEL)
    reason('sam')
    const out = await judge()
    expect(out).toMatchObject({ state: 'refused', verdict: 'blocked' })
    expect(out.warnings).toEqual([
      expect.stringMatching(
        /^could not verify whether sam is in the approving teams: @acme\/ml-leads: reading the team @acme\/ml-leads failed \(404: Not Found.*members: read/,
      ),
    ])
  })

  test('a team that exists but does not have the user: not a member, no warning', async () => {
    gh.addTeam('acme', 'ml-leads')
    gh.label(PR, 'zoe', LABEL)
    reason('zoe')
    expect(await judge()).toMatchObject({ state: 'refused', warnings: [] })
  })

  test.each([
    [
      'the PR',
      'GET',
      /\/issues\/7$/,
      403,
      /could not verify whether the pull request carries the label: reading the pull request failed \(403/,
    ],
    ['the events', 'GET', /\/issues\/7\/events$/, 403, /could not verify who applied the label: reading the issue events failed \(403/],
    ['the permission', 'GET', /\/collaborators\/max\/permission$/, 403, /could not verify max's permission on the repository/],
    ['the comments', 'GET', /\/issues\/7\/comments$/, 404, /could not verify max's reason: reading the pull request comments failed \(404/],
    ['the membership', 'GET', /\/memberships\//, 403, /could not verify whether max is in the approving teams/],
  ])('GitHub refuses %s: a warning, never a crash, the verdict unchanged', async (_what, method, path, status, warning) => {
    gh.label(PR, 'max', LABEL)
    reason('max')
    fake.failNext(method, path, status, {}, { message: 'Resource not accessible by integration' })
    const policy = path.source.includes('memberships') ? { ...POLICY, approvers: ['@acme/ml-leads'] } : { ...POLICY, approvers: undefined }
    const out = await judge({ policy })
    expect(out).toMatchObject({ state: 'refused', verdict: 'blocked', overridden: false })
    expect(out.warnings).toEqual([expect.stringMatching(warning)])
  })

  test('a read-only token can still read: the override is judged as usual', async () => {
    gh.label(PR, 'dana', LABEL)
    reason('dana')
    expect(await judge({ token: READ_ONLY })).toMatchObject({ state: 'granted', verdict: 'approved' })
  })

  test('no label: one request only', async () => {
    expect(await judge()).toMatchObject({ state: 'absent', verdict: 'blocked' })
    expect(fake.requests.map((r) => r.path)).toEqual([`/repos/${OWNER}/${REPO}/issues/${PR}`])
  })
})
