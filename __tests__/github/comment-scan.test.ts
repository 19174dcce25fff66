import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { createClient } from '../../src/github/client.js'
import { scanMarkedComments } from '../../src/github/comment-scan.js'
import { markerFor } from '../../src/core/marker.js'
import { BOT_LOGIN, DEFAULT_TOKEN, startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js'

const OWNER = 'acme'
const REPO = 'fraud-model'
const PR = 7
const ISSUE = { owner: OWNER, repo: REPO, issueNumber: PR }

let fake: FakeGitHub
beforeEach(async () => {
  fake = await startFakeGitHub()
})
afterEach(() => fake.close())

const client = () => createClient(DEFAULT_TOKEN, { baseUrl: fake.url, retries: 1, minRetryDelayMs: 5 })
const listRequests = () => fake.requests.filter((r) => r.method === 'GET' && r.path.endsWith(`/issues/${PR}/comments`))

describe('scanMarkedComments', () => {
  test.each([
    { total: 0, pages: 1 },
    { total: 100, pages: 1 },
    { total: 101, pages: 2 },
    { total: 250, pages: 3 },
  ])('$total comments: every page read once ($pages), only the marked ones kept, oldest first', async ({ total, pages }) => {
    const expected: number[] = []
    for (let i = 0; i < total; i++) {
      const marked = i % 40 === 3
      const login = marked && i % 80 === 3 ? BOT_LOGIN : `reviewer-${i % 5}`
      const text = marked
        ? `${markerFor(`model-${i}`, 'abc1234')}\n## result ${i}`
        : `comment ${i} quoting ${markerFor('default')} mid-text`
      const comment = fake.addComment(OWNER, REPO, PR, { login, body: text })
      if (marked) expected.push(comment.id)
    }
    const found = await scanMarkedComments(client(), ISSUE)
    expect(found.map((c) => c.id)).toEqual(expected)
    expect(listRequests()).toHaveLength(pages)
    expect(listRequests().every((r) => r.query.per_page === '100')).toBe(true)
    for (const comment of found) {
      const stored = fake.comments(OWNER, REPO, PR).find((c) => c.id === comment.id)!
      expect(comment).toEqual({
        id: stored.id,
        body: stored.body,
        user: { login: stored.user.login },
        created_at: stored.created_at,
        html_url: stored.html_url,
      })
    }
  })

  test('a failing page rejects the scan with the HTTP error', async () => {
    for (let i = 0; i < 150; i++) fake.addComment(OWNER, REPO, PR, { login: 'alice', body: `comment ${i}` })
    fake.failNext('GET', /\/issues\/7\/comments$/, 404, {}, { message: 'Not Found' })
    await expect(scanMarkedComments(client(), ISSUE)).rejects.toMatchObject({ status: 404 })
  })
})
