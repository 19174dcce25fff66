/**
 * The sticky comment when GitHub misbehaves: a POST that fails after it was stored, a body refused
 * as too long, and an older run arriving after a newer one. Each against the fake API.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { createClient } from '../../src/github/client.js'
import { isBodyTooLong, upsertStickyComment, type StickyCommentTarget } from '../../src/github/comments.js'
import { markerFor } from '../../src/core/marker.js'
import { BOT_LOGIN, COMMENT_BODY_LIMIT, DEFAULT_TOKEN, startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js'

const OWNER = 'acme'
const REPO = 'fraud-model'
const PR = 7
const COMMENTS = /^\/repos\/acme\/fraud-model\/issues\/7\/comments$/
const ONE_COMMENT = /^\/repos\/acme\/fraud-model\/issues\/comments\/\d+$/
const TOO_LONG = {
  message: 'Validation Failed',
  errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }],
  documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
}
/** Three commits in a line: OLD → MID → NEW. */
const [OLD, MID, NEW] = ['a1', 'b2', 'c3'].map((p) => p.repeat(20))

let fake: FakeGitHub
let logs: string[]
beforeEach(async () => {
  fake = await startFakeGitHub()
  logs = []
  fake.setCommit(OWNER, REPO, OLD!, [])
  fake.setCommit(OWNER, REPO, MID!, [OLD!])
  fake.setCommit(OWNER, REPO, NEW!, [MID!])
})
afterEach(() => fake.close())

const client = () => createClient(DEFAULT_TOKEN, { baseUrl: fake.url, retries: 2, minRetryDelayMs: 5 })
const body = (text: string, head = NEW) => `${markerFor('default', head)}\n## model-gate: ${text}\n`
const upsert = (over: Partial<StickyCommentTarget> & { body: string }) =>
  upsertStickyComment(client(), {
    owner: OWNER,
    repo: REPO,
    issueNumber: PR,
    modelKey: 'default',
    identity: BOT_LOGIN,
    headSha: NEW,
    retryDelayMs: 10,
    log: (m) => logs.push(m),
    ...over,
  })
const comments = () => fake.comments(OWNER, REPO, PR)
const calls = (method: string, path: RegExp) => fake.requests.filter((r) => r.method === method && path.test(r.path))

describe('creating the comment when the POST fails', () => {
  test.each([
    ['answers 502 after storing it', 502],
    ['drops the connection after storing it', 0],
  ])('a POST that %s is not repeated: one comment, its URL returned', async (_, status) => {
    fake.failAfter('POST', COMMENTS, status, {}, { message: 'Bad Gateway' })
    const result = await upsert({ body: body('blocked') })

    expect(comments()).toEqual([expect.objectContaining({ body: body('blocked'), user: expect.objectContaining({ login: BOT_LOGIN }) })])
    expect(result).toEqual({ action: 'created', id: comments()[0]!.id, url: comments()[0]!.html_url })
    expect(calls('POST', COMMENTS)).toHaveLength(1)
    expect(calls('GET', COMMENTS)).toHaveLength(2)
    expect(calls('PATCH', ONE_COMMENT)).toEqual([])
    expect(logs.join('\n')).toMatch(/stored although GitHub answered with an error/)
  })

  test('a POST that failed before storing is sent again after a fresh look: one comment', async () => {
    fake.failNext('POST', COMMENTS, 502, {}, { message: 'Bad Gateway' })
    const result = await upsert({ body: body('blocked') })

    expect(comments()).toHaveLength(1)
    expect(result).toMatchObject({ action: 'created', id: comments()[0]!.id })
    expect(calls('POST', COMMENTS).map((r) => r.status)).toEqual([502, 201])
    expect(calls('GET', COMMENTS)).toHaveLength(2)
  })

  test('gives up after three failed POSTs, with the last error and no comment', async () => {
    fake.failNext('POST', COMMENTS, 503, {}, { message: 'Service Unavailable' }, 10)
    await expect(upsert({ body: body('blocked') })).rejects.toMatchObject({ status: 503 })
    expect(calls('POST', COMMENTS)).toHaveLength(3)
    expect(comments()).toEqual([])
  }, 30_000)

  test('client errors on the POST are final: a 403 is not retried', async () => {
    fake.failNext('POST', COMMENTS, 403, {}, { message: 'Resource not accessible by integration' })
    await expect(upsert({ body: body('blocked') })).rejects.toMatchObject({ status: 403 })
    expect(calls('POST', COMMENTS)).toHaveLength(1)
    expect(calls('GET', COMMENTS)).toHaveLength(1)
  })
})

describe('a body GitHub refuses as too long (422)', () => {
  test('is shortened once and posted again', async () => {
    fake.failNext('POST', COMMENTS, 422, {}, TOO_LONG)
    const shortened: string[] = []
    const result = await upsert({ body: body('blocked and long'), shorten: (b) => (shortened.push(b), body('short')) })

    expect(shortened).toEqual([body('blocked and long')])
    expect(comments()).toEqual([expect.objectContaining({ id: result.id, body: body('short') })])
    expect(calls('POST', COMMENTS).map((r) => r.status)).toEqual([422, 201])
    expect(logs.join('\n')).toMatch(/refused the PR comment as too long/)
  })

  test('no loop: refused again, it gives up after the second POST', async () => {
    fake.failNext('POST', COMMENTS, 422, {}, TOO_LONG, 5)
    let asked = 0
    await expect(upsert({ body: body('blocked and long'), shorten: () => (asked++, body('short')) })).rejects.toMatchObject({ status: 422 })
    expect(asked).toBe(1)
    expect(calls('POST', COMMENTS)).toHaveLength(2)
    expect(comments()).toEqual([])
  })

  test('an update (PATCH) refused as too long is shortened once as well', async () => {
    const mine = fake.addComment(OWNER, REPO, PR, { login: BOT_LOGIN, body: body('blocked') })
    fake.failNext('PATCH', ONE_COMMENT, 422, {}, TOO_LONG)
    const result = await upsert({ body: body('approved and long'), shorten: () => body('approved') })
    expect(result).toMatchObject({ action: 'updated', id: mine.id })
    expect(comments().map((c) => c.body)).toEqual([body('approved')])
  })

  test('the fake enforces the limit: a body over 65,536 characters gets the real 422', async () => {
    const long = body('x'.repeat(COMMENT_BODY_LIMIT))
    const error = await upsert({ body: long }).catch((e: unknown) => e)
    expect(error).toMatchObject({
      status: 422,
      response: { data: { message: 'Validation Failed', errors: [expect.objectContaining({ field: 'body' })] } },
    })
    expect(isBodyTooLong(error)).toBe(true)
    expect(comments()).toEqual([])
  })

  test('another 422 is not taken for "too long": no shortening', async () => {
    fake.failNext(
      'POST',
      COMMENTS,
      422,
      {},
      { message: 'Validation Failed', errors: [{ resource: 'IssueComment', code: 'missing_field', field: 'body' }] },
    )
    let asked = 0
    await expect(upsert({ body: body('x'), shorten: () => (asked++, 'y') })).rejects.toMatchObject({ status: 422 })
    expect(asked).toBe(0)
    expect(calls('POST', COMMENTS)).toHaveLength(1)
  })
})

describe('stale runs: the comment records the head it judged', () => {
  const asks = () =>
    fake.requests.filter((r) => /\/pulls\/|\/compare\//.test(r.path)).map((r) => r.path.replace(/^\/repos\/acme\/fraud-model/, ''))

  test('a run for an older head does not overwrite the result for the PR head', async () => {
    const newer = fake.addComment(OWNER, REPO, PR, { login: BOT_LOGIN, body: body('approved', NEW) })
    fake.setPullRequest(OWNER, REPO, PR, { headSha: NEW! })
    const result = await upsert({ body: body('blocked', OLD), headSha: OLD })

    expect(result).toEqual({
      action: 'skipped',
      id: newer.id,
      url: newer.html_url,
      reason: `the pull request's head is now ${NEW!.slice(0, 7)}`,
    })
    expect(comments().map((c) => c.body)).toEqual([body('approved', NEW)])
    expect(fake.requests.filter((r) => r.method !== 'GET')).toEqual([])
    expect(asks()).toEqual([`/pulls/${PR}`])
  })

  test('a run for the PR head replaces the result for an older head', async () => {
    const older = fake.addComment(OWNER, REPO, PR, { login: BOT_LOGIN, body: body('blocked', OLD) })
    fake.setPullRequest(OWNER, REPO, PR, { headSha: NEW! })
    const result = await upsert({ body: body('approved', NEW), headSha: NEW })
    expect(result).toMatchObject({ action: 'updated', id: older.id })
    expect(comments().map((c) => c.body)).toEqual([body('approved', NEW)])
  })

  test('neither is the PR head any more: the commit history decides (compare)', async () => {
    fake.setPullRequest(OWNER, REPO, PR, { headSha: 'd4'.repeat(20) })
    fake.addComment(OWNER, REPO, PR, { login: BOT_LOGIN, body: body('approved', MID) })
    expect(await upsert({ body: body('blocked', OLD), headSha: OLD })).toMatchObject({
      action: 'skipped',
      reason: `${MID!.slice(0, 7)} descends from ${OLD!.slice(0, 7)}`,
    })
    expect(await upsert({ body: body('blocked', NEW), headSha: NEW })).toMatchObject({ action: 'updated' })
    expect(comments().map((c) => c.body)).toEqual([body('blocked', NEW)])
    expect(asks()).toEqual([`/pulls/${PR}`, `/compare/${OLD}...${MID}`, `/pulls/${PR}`, `/compare/${NEW}...${MID}`])
  })

  test('the pull request cannot be read: compare alone decides', async () => {
    fake.addComment(OWNER, REPO, PR, { login: BOT_LOGIN, body: body('approved', NEW) })
    const result = await upsert({ body: body('blocked', MID), headSha: MID })
    expect(result).toMatchObject({ action: 'skipped' })
    expect(asks()).toEqual([`/pulls/${PR}`, `/compare/${MID}...${NEW}`])
  })

  test('GitHub cannot tell (both calls fail): the comment is updated, and the log says why', async () => {
    fake.addComment(OWNER, REPO, PR, { login: BOT_LOGIN, body: body('approved', 'e5'.repeat(20)) })
    const result = await upsert({ body: body('blocked', NEW), headSha: NEW })
    expect(result).toMatchObject({ action: 'updated' })
    expect(logs.join('\n')).toMatch(
      /^Cannot tell whether e5e5e5e or c3c3c3c is newer \(reading the pull request failed: Not Found[^;]*; comparing the commits failed: Not Found[^)]*\); updating the PR comment\.$/m,
    )
  })

  test('the same head again (a re-run) updates without asking GitHub anything', async () => {
    const mine = fake.addComment(OWNER, REPO, PR, { login: BOT_LOGIN, body: body('blocked', NEW) })
    const result = await upsert({ body: body('approved', NEW), headSha: NEW })
    expect(result).toMatchObject({ action: 'updated', id: mine.id })
    expect(comments().map((c) => c.body)).toEqual([body('approved', NEW)])
    expect(asks()).toEqual([])
  })

  test('an older comment without a head in its marker is updated', async () => {
    fake.addComment(OWNER, REPO, PR, { login: BOT_LOGIN, body: `${markerFor('default')}\n## old\n` })
    expect(await upsert({ body: body('approved', OLD), headSha: OLD })).toMatchObject({ action: 'updated' })
    expect(asks()).toEqual([])
  })
})
