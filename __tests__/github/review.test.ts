import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import type { Mode, Verdict } from '../../src/core/types.js'
import { createClient } from '../../src/github/client.js'
import { parseReviewMarker, reviewEventFor, reviewMarker, submitReview } from '../../src/github/review.js'
import { BOT_LOGIN, DEFAULT_TOKEN, startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js'
import { addOversight, type FakeOversight } from '../helpers/fake-oversight.js'

const OWNER = 'acme'
const REPO = 'fraud-model'
const PR = 7
const HEAD = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'
const READ_ONLY = 'ghs_read_only'

let fake: FakeGitHub
let gh: FakeOversight
beforeEach(async () => {
  fake = await startFakeGitHub()
  fake.addToken(READ_ONLY, { login: BOT_LOGIN, installation: true, readOnly: true })
  gh = addOversight(fake, OWNER, REPO)
})
afterEach(() => fake.close())

const client = (token = DEFAULT_TOKEN) => createClient(token, { baseUrl: fake.url, retries: 0, minRetryDelayMs: 1 })
const submit = (verdict: Verdict, opts: { mode?: Mode; token?: string; modelKey?: string; head?: string } = {}) =>
  submitReview(client(opts.token), {
    owner: OWNER,
    repo: REPO,
    pullNumber: PR,
    headSha: opts.head ?? HEAD,
    identity: BOT_LOGIN,
    modelKey: opts.modelKey ?? 'default',
    verdict,
    mode: opts.mode ?? 'enforce',
    body: `model-gate: ${verdict}`,
  })
const states = () => gh.reviews(PR).map((r) => `${r.user.login}:${r.state}`)
const active = () => gh.reviews(PR).filter((r) => r.user.login === BOT_LOGIN && (r.state === 'APPROVED' || r.state === 'CHANGES_REQUESTED'))

describe('submitReview', () => {
  test.each([
    ['approved', 'enforce', 'APPROVE'],
    ['blocked', 'enforce', 'REQUEST_CHANGES'],
    ['error', 'enforce', 'REQUEST_CHANGES'],
    ['approved', 'advisory', 'COMMENT'],
    ['blocked', 'advisory', 'COMMENT'],
  ] as const)('%s in %s mode → %s', (verdict, mode, event) => {
    expect(reviewEventFor(verdict, mode)).toBe(event)
  })

  test('blocked: requests changes on the head commit, marker first', async () => {
    const out = await submit('blocked')
    expect(out).toMatchObject({ action: 'changes_requested', warnings: [], dismissed: [] })
    const [review] = gh.reviews(PR)
    expect(review).toMatchObject({
      id: out.reviewId,
      state: 'CHANGES_REQUESTED',
      commit_id: HEAD,
      body: `${reviewMarker('default', 'blocked')}\nmodel-gate: blocked`,
    })
  })

  test('blocked twice: the change request is updated in place, not repeated', async () => {
    const first = await submit('blocked')
    const second = await submit('blocked', { head: 'b'.repeat(40) })
    expect(second.reviewId).toBe(first.reviewId)
    expect(gh.reviews(PR)).toHaveLength(1)
    expect(await submit('blocked')).toMatchObject({ action: 'none', reviewId: first.reviewId })
  })

  test('the gate passes: its change request is dismissed and it approves (where the repository allows)', async () => {
    gh.actionsMayApprove = true
    const blocked = await submit('blocked')
    const approved = await submit('approved')
    expect(approved).toMatchObject({ action: 'approved', dismissed: [blocked.reviewId], warnings: [] })
    expect(states()).toEqual([`${BOT_LOGIN}:DISMISSED`, `${BOT_LOGIN}:APPROVED`])
    const dismissal = fake.requests.find((r) => r.method === 'PUT' && r.path.endsWith(`/reviews/${blocked.reviewId}/dismissals`))
    expect(dismissal?.body).toEqual({ message: 'model-gate: the verdict for a1b2c3d is approved.' })
    expect(active()).toHaveLength(1)
  })

  test('blocked after an approval: the approval is dismissed; at most one active review of its own', async () => {
    gh.actionsMayApprove = true
    await submit('approved')
    await submit('blocked')
    await submit('approved')
    await submit('blocked')
    expect(active()).toHaveLength(1)
    expect(active()[0]!.state).toBe('CHANGES_REQUESTED')
  })

  test('an Actions token may not approve: a comment review and a warning; the change request is still dismissed', async () => {
    const blocked = await submit('blocked')
    const out = await submit('approved')
    expect(out.action).toBe('commented')
    expect(out.dismissed).toEqual([blocked.reviewId])
    expect(out.warnings).toEqual([
      expect.stringMatching(
        /^GitHub refused model-gate's approval \(422: .*allows GitHub Actions to approve pull requests; a comment review was posted instead\.$/,
      ),
    ])
    expect(states()).toEqual([`${BOT_LOGIN}:DISMISSED`, `${BOT_LOGIN}:COMMENTED`])
    expect(parseReviewMarker(gh.reviews(PR)[1]!.body)).toEqual({ model: 'default', verdict: 'approved' })
  })

  test('advisory: comment reviews, updated rather than repeated for the same verdict', async () => {
    await submit('blocked', { mode: 'advisory' })
    await submit('blocked', { mode: 'advisory', head: 'c'.repeat(40) })
    expect(gh.reviews(PR).map((r) => r.state)).toEqual(['COMMENTED'])
    await submit('approved', { mode: 'advisory' })
    expect(gh.reviews(PR).map((r) => r.state)).toEqual(['COMMENTED', 'COMMENTED'])
  })

  test("other reviewers' reviews, and ours for another model, are left alone", async () => {
    gh.addReview(PR, {
      user: { login: 'dana' },
      body: `${reviewMarker('default', 'blocked')}\nforged`,
      state: 'CHANGES_REQUESTED',
      commit_id: HEAD,
    })
    gh.addReview(PR, {
      user: { login: BOT_LOGIN },
      body: `${reviewMarker('fraud', 'blocked')}\nfraud`,
      state: 'CHANGES_REQUESTED',
      commit_id: HEAD,
    })
    gh.actionsMayApprove = true
    const out = await submit('approved')
    expect(out).toMatchObject({ action: 'approved', dismissed: [] })
    expect(states()).toEqual(['dana:CHANGES_REQUESTED', `${BOT_LOGIN}:CHANGES_REQUESTED`, `${BOT_LOGIN}:APPROVED`])
  })

  test('finds its own among 130 reviews (pagination)', async () => {
    const ours = await submit('blocked')
    for (let i = 0; i < 130; i++) gh.addReview(PR, { user: { login: `r${i}` }, body: 'lgtm', state: 'COMMENTED', commit_id: HEAD })
    gh.actionsMayApprove = true
    expect((await submit('approved')).dismissed).toEqual([ours.reviewId])
  })

  test('a read-only token: warnings, never a crash', async () => {
    expect(await submit('blocked', { token: READ_ONLY })).toMatchObject({
      action: 'none',
      warnings: [expect.stringMatching(/Could not submit model-gate's review \(403: .*read-only token/)],
    })
    const out = await submit('approved', { token: READ_ONLY })
    expect(out.action).toBe('none')
    expect(out.warnings).toHaveLength(2)
    expect(gh.reviews(PR)).toEqual([])
  })

  test('a read-only token with an earlier change request: the dismissal fails, warnings say it stands', async () => {
    await submit('blocked')
    const out = await submit('approved', { token: READ_ONLY })
    expect(out).toMatchObject({ action: 'none', dismissed: [] })
    expect(out.warnings).toEqual([
      expect.stringMatching(/Could not dismiss model-gate's earlier review \d+ \(403/),
      expect.stringMatching(/refused model-gate's approval \(403/),
      expect.stringMatching(/Could not submit model-gate's comment review either/),
      expect.stringMatching(/earlier change request still stands/),
    ])
    expect(gh.reviews(PR).map((r) => r.state)).toEqual(['CHANGES_REQUESTED'])
  })

  test('a dismissal refused (a protected branch): the approval still supersedes the change request', async () => {
    gh.actionsMayApprove = true
    await submit('blocked')
    fake.failNext('PUT', /\/dismissals$/, 403, {}, { message: 'Must have admin rights to dismiss' })
    const out = await submit('approved')
    expect(out).toMatchObject({ action: 'approved', dismissed: [] })
    expect(out.warnings).toEqual([expect.stringMatching(/Could not dismiss/)])
    expect(gh.reviews(PR).map((r) => r.state)).toEqual(['CHANGES_REQUESTED', 'APPROVED'])
  })

  test('listing the reviews fails: a warning', async () => {
    fake.failNext('GET', /\/reviews$/, 404)
    expect(await submit('blocked')).toMatchObject({
      action: 'none',
      warnings: [expect.stringMatching(/Could not read the pull request's reviews \(404/)],
    })
  })

  test.each(['default', 'fraud model', 'a/b%c', '-->'])('the review marker round-trips the model key %j', (key) => {
    expect(parseReviewMarker(`${reviewMarker(key, 'error')}\ntext`)).toEqual({ model: key, verdict: 'error' })
    expect(reviewMarker(key, 'error')).not.toMatch(/-->.*-->/)
  })
})
