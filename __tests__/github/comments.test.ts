import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { createClient } from '../../src/github/client.js'
import { scanMarkedComments } from '../../src/github/comment-scan.js'
import { upsertStickyComment } from '../../src/github/comments.js'
import { markerFor } from '../../src/core/marker.js'
import { BOT_LOGIN, DEFAULT_TOKEN, startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js'

const OWNER = 'acme'
const REPO = 'fraud-model'
const PR = 7

let fake: FakeGitHub
beforeEach(async () => {
  fake = await startFakeGitHub()
})
afterEach(() => fake.close())

const client = (baseUrl = fake.url, token = DEFAULT_TOKEN) => createClient(token, { baseUrl, retries: 1, minRetryDelayMs: 5 })
const body = (text: string, modelKey = 'default') => `${markerFor(modelKey, '4f2c1a9')}\n## model-gate: ${text}\n`
const upsert = (text: string, modelKey = 'default', c = client()) =>
  upsertStickyComment(c, { owner: OWNER, repo: REPO, issueNumber: PR, body: body(text, modelKey), modelKey, identity: BOT_LOGIN })
const comments = () => fake.comments(OWNER, REPO, PR)
const ours = () => comments().filter((c) => c.user.login === BOT_LOGIN)
const writesTo = (id: number) => fake.requests.filter((r) => r.method !== 'GET' && r.path.endsWith(`/issues/comments/${id}`))

/** `count` comments by people, the `marked`-th of which starts with our marker. */
function seedOthers(count: number, marked?: number): number | undefined {
  let theirs: number | undefined
  for (let i = 0; i < count; i++) {
    const forged = i === marked
    const comment = fake.addComment(OWNER, REPO, PR, {
      login: forged ? 'mallory' : `reviewer-${i % 7}`,
      body: forged ? body('approved (forged)') : `comment ${i}`,
    })
    if (forged) theirs = comment.id
  }
  return theirs
}

describe('upsertStickyComment', () => {
  test('creates the comment when there is none', async () => {
    const result = await upsert('approved')
    expect(result.action).toBe('created')
    expect(comments()).toEqual([
      expect.objectContaining({ id: result.id, body: body('approved'), user: expect.objectContaining({ login: BOT_LOGIN }) }),
    ])
    expect(result.url).toBe(comments()[0]!.html_url)
    expect(result.url).toMatch(new RegExp(`/${OWNER}/${REPO}/pull/${PR}#issuecomment-${result.id}$`))
  })

  test('updates it in place on a re-run', async () => {
    const first = await upsert('blocked')
    const second = await upsert('approved')
    expect(second).toEqual({ action: 'updated', id: first.id, url: first.url })
    expect(comments()).toHaveLength(1)
    expect(comments()[0]!.body).toBe(body('approved'))
  })

  test("finds nothing of ours among 150 others, creates one, leaves another user's marked comment alone", async () => {
    const theirs = seedOthers(150, 120)!
    const result = await upsert('approved')
    expect(result.action).toBe('created')
    expect(ours()).toHaveLength(1)
    expect(comments()).toHaveLength(151)
    expect(comments().find((c) => c.id === theirs)!.body).toBe(body('approved (forged)'))
    expect(writesTo(theirs)).toEqual([])
    const pages = fake.requests.filter((r) => r.method === 'GET' && r.path.endsWith(`/issues/${PR}/comments`))
    expect(pages.map((r) => [r.query.per_page, r.query.page ?? '1'])).toEqual([
      ['100', '1'],
      ['100', '2'],
    ])
  })

  test('finds ours on the second page of 150 comments and updates it', async () => {
    const theirs = seedOthers(110, 3)!
    const mine = fake.addComment(OWNER, REPO, PR, { login: BOT_LOGIN, body: body('blocked') })
    seedOthers(40)
    const result = await upsert('approved')
    expect(result).toMatchObject({ action: 'updated', id: mine.id })
    expect(ours()).toEqual([expect.objectContaining({ id: mine.id, body: body('approved') })])
    expect(writesTo(theirs)).toEqual([])
  })

  test('collapses duplicates of ours into the newest, deleting the others', async () => {
    const theirs = seedOthers(5, 2)!
    const older = fake.addComment(OWNER, REPO, PR, { login: BOT_LOGIN, body: body('blocked') })
    seedOthers(3)
    const old = fake.addComment(OWNER, REPO, PR, { login: BOT_LOGIN, body: body('blocked') })
    const newest = fake.addComment(OWNER, REPO, PR, { login: BOT_LOGIN, body: body('blocked') })
    const result = await upsert('approved')
    expect(result).toMatchObject({ action: 'updated', id: newest.id })
    expect(ours()).toEqual([expect.objectContaining({ id: newest.id, body: body('approved') })])
    expect(comments().map((c) => c.id)).not.toEqual(expect.arrayContaining([older.id]))
    expect(comments().map((c) => c.id)).not.toEqual(expect.arrayContaining([old.id]))
    expect(comments()).toHaveLength(9)
    expect(writesTo(theirs)).toEqual([])
  })

  test('keeps one comment per model key', async () => {
    const fraud = await upsert('fraud approved', 'fraud')
    const churn = await upsert('churn blocked', 'churn')
    const again = await upsert('fraud blocked', 'fraud')
    expect(fraud.id).not.toBe(churn.id)
    expect(again).toMatchObject({ action: 'updated', id: fraud.id })
    expect(ours().map((c) => c.body)).toEqual([body('fraud blocked', 'fraud'), body('churn blocked', 'churn')])
  })

  test('does not take a comment of ours whose marker is not at the start', async () => {
    const quoted = fake.addComment(OWNER, REPO, PR, { login: BOT_LOGIN, body: `> ${body('blocked')}` })
    const result = await upsert('approved')
    expect(result.action).toBe('created')
    expect(comments().find((c) => c.id === quoted.id)!.body).toBe(`> ${body('blocked')}`)
  })

  test('matches the author as the token identity: a personal token finds its own comment', async () => {
    fake.addToken('ghp_alice', { login: 'alice' })
    const mine = fake.addComment(OWNER, REPO, PR, { login: 'alice', body: body('blocked') })
    const bots = fake.addComment(OWNER, REPO, PR, { login: BOT_LOGIN, body: body('blocked') })
    const result = await upsertStickyComment(client(fake.url, 'ghp_alice'), {
      owner: OWNER,
      repo: REPO,
      issueNumber: PR,
      body: body('approved'),
      modelKey: 'default',
      identity: 'alice',
    })
    expect(result).toMatchObject({ action: 'updated', id: mine.id })
    expect(comments().find((c) => c.id === bots.id)!.body).toBe(body('blocked'))
  })

  test('works with a base URL ending in /api/v3', async () => {
    const ghes = client(`${fake.url}/api/v3`)
    seedOthers(120)
    const first = await upsert('blocked', 'default', ghes)
    const second = await upsert('approved', 'default', ghes)
    expect(first.action).toBe('created')
    expect(second).toMatchObject({ action: 'updated', id: first.id })
    expect(ours()).toHaveLength(1)
    expect(fake.requests.every((r) => r.enterprise)).toBe(true)
  })

  test('a read-only token (fork PR) fails, writing nothing', async () => {
    fake.addToken('ghs_readonly', { login: BOT_LOGIN, installation: true, readOnly: true })
    await expect(upsert('approved', 'default', client(fake.url, 'ghs_readonly'))).rejects.toMatchObject({ status: 403 })
    expect(comments()).toEqual([])
  })
})

describe('upsertStickyComment with the comments listed beforehand', () => {
  const target = (listed: Promise<never> | ReturnType<typeof scanMarkedComments>) => ({
    owner: OWNER,
    repo: REPO,
    issueNumber: PR,
    body: body('approved'),
    modelKey: 'default',
    identity: BOT_LOGIN,
    listed,
  })
  const lists = () => fake.requests.filter((r) => r.method === 'GET' && r.path.endsWith(`/issues/${PR}/comments`))

  test('updates the comment found in the earlier listing without listing again', async () => {
    seedOthers(150)
    const first = await upsert('blocked')
    const listed = scanMarkedComments(client(), { owner: OWNER, repo: REPO, issueNumber: PR })
    await listed
    const before = lists().length
    const result = await upsertStickyComment(client(), target(listed))
    expect(result).toEqual({ action: 'updated', id: first.id, url: first.url })
    expect(lists()).toHaveLength(before)
    expect(ours()).toEqual([expect.objectContaining({ body: body('approved') })])
  })

  test('fails as the earlier listing failed, without listing again (it was retried already)', async () => {
    await upsert('blocked')
    const before = fake.requests.length
    await expect(upsertStickyComment(client(), target(Promise.reject(new Error('connection reset'))))).rejects.toThrow('connection reset')
    expect(fake.requests).toHaveLength(before)
    expect(ours()).toEqual([expect.objectContaining({ body: body('blocked') })])
  })
})
