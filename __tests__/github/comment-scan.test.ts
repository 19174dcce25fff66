import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { createClient } from '../../src/github/client.js'
import { scanMarkedComments } from '../../src/github/comment-scan.js'
import { createServer } from 'node:http'
import { gzipSync } from 'node:zlib'
import type { AddressInfo } from 'node:net'
import { markerFor, parseMarker } from '../../src/core/marker.js'
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

/** The scan as it was before it streamed the pages (Octokit's paginator, each page parsed whole): the reference. */
async function scanWhole(c: ReturnType<typeof createClient>, issue: typeof ISSUE): Promise<unknown[]> {
  const marked: unknown[] = []
  const pages = c.paginate.iterator(c.rest.issues.listComments, {
    owner: issue.owner,
    repo: issue.repo,
    issue_number: issue.issueNumber,
    per_page: 100,
  })
  for await (const page of pages) {
    for (const comment of page.data) {
      if (typeof comment.body !== 'string' || !parseMarker(comment.body)) continue
      const login = comment.user?.login
      marked.push({
        id: comment.id,
        body: comment.body,
        user: login === undefined ? null : { login },
        created_at: comment.created_at,
        html_url: comment.html_url,
      })
    }
  }
  return marked
}

describe('scanMarkedComments on odd answers: the same as parsing each page whole', () => {
  const marker = markerFor('default', 'abc1234')
  const comment = (id: number, body: unknown, extra: object = {}): object => ({
    id,
    body,
    user: { login: id % 2 ? BOT_LOGIN : 'alice' },
    created_at: `2026-01-0${(id % 9) + 1}T00:00:00Z`,
    html_url: `https://github.example/c/${id}`,
    ...extra,
  })
  const json = (value: unknown): string => JSON.stringify(value)
  const pages: { name: string; bodies: string[]; type?: string; breakOff?: number; gzip?: boolean }[] = [
    { name: 'two valid pages', bodies: [json([comment(1, marker), comment(2, 'hi')]), json([comment(3, `${marker}\nx`)])] },
    { name: 'pretty-printed, escapes and non-ASCII', bodies: [json([comment(1, `${marker}\n"é" \\ ✓ 𝄞 ]}`)]).replace(/,/g, ',\n  ')] },
    { name: 'a user-less and a body-less comment', bodies: [json([comment(1, marker, { user: null }), comment(3, null), comment(5, 7)])] },
    { name: 'a malformed first page, a valid second', bodies: [`[${json(comment(1, marker))},{"id":`, json([comment(3, marker)])] },
    { name: 'trailing text after the array', bodies: [`${json([comment(1, marker)])} x`] },
    { name: 'a string page', bodies: [json('no comments here'), json([comment(3, marker)])] },
    { name: 'a search-like page', bodies: [json({ total_count: 1, items: [comment(1, marker)] })] },
    { name: 'an object page', bodies: [json({ message: 'odd' })] },
    { name: 'text/plain', bodies: [json([comment(1, marker)])], type: 'text/plain; charset=utf-8' },
    { name: 'JSON with a charset', bodies: [json([comment(1, marker)])], type: 'application/json; charset=utf-8' },
    { name: 'bytes', bodies: [json([comment(1, marker)])], type: 'application/octet-stream' },
    { name: 'an empty JSON body, then a page', bodies: ['', json([comment(3, marker)])] },
    { name: 'null, then a page', bodies: ['null', json([comment(3, marker)])] },
    { name: 'a number page', bodies: ['42'] },
    { name: 'a page of non-objects', bodies: [json([comment(1, marker), 0, false])] },
    { name: 'empty pages', bodies: ['[]', ' [ ] ', json([comment(9, marker)])] },
    {
      name: 'a first page that breaks off midway, then a page',
      bodies: [json(Array.from({ length: 40 }, (_, i) => comment(i + 1, `${marker}\n${'z'.repeat(5_000)}`))), json([comment(99, marker)])],
      breakOff: 1,
    },
    {
      name: 'gzip-encoded pages, the first cut off midway',
      bodies: [
        json(Array.from({ length: 40 }, (_, i) => comment(i + 1, `${marker}\n${'q'.repeat(i * 300)}`))),
        json([comment(99, marker)]),
      ],
      breakOff: 1,
      gzip: true,
    },
    {
      name: 'a gzip-encoded page',
      bodies: [json([comment(1, marker), comment(2, 'hi'), comment(3, `${marker}\n${'é'.repeat(9_000)}`)])],
      gzip: true,
    },
    {
      name: 'a large page',
      bodies: [
        json(Array.from({ length: 100 }, (_, i) => comment(i + 1, i % 7 ? 'x'.repeat(30_000) : `${marker}\n${'y'.repeat(20_000)}`))),
      ],
    },
  ]

  test.each(pages)('$name', async ({ bodies, type, breakOff, gzip }) => {
    const path = `/repos/${OWNER}/${REPO}/issues/${PR}/comments`
    const server = createServer((req, res) => {
      const page = Number(new URL(req.url ?? '', 'http://x').searchParams.get('page') ?? '1')
      const { port } = server.address() as AddressInfo
      const next = page < bodies.length ? { Link: `<http://127.0.0.1:${port}${path}?per_page=100&page=${page + 1}>; rel="next"` } : {}
      res.writeHead(200, {
        'Content-Type': type ?? 'application/json; charset=utf-8',
        ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
        ...next,
      })
      const text = bodies[page - 1] ?? ''
      const body = gzip ? gzipSync(text) : text
      if (page !== breakOff) return void res.end(body)
      // half the body, then the connection is cut
      res.write(body.slice(0, body.length >> 1), () => setTimeout(() => res.destroy(), 20))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const { port } = server.address() as AddressInfo
      const raw = () => createClient(DEFAULT_TOKEN, { baseUrl: `http://127.0.0.1:${port}`, retries: 0 })
      const outcome = (p: Promise<unknown[]>): Promise<unknown> =>
        p.then(
          (value) => ({ value }),
          (error: Error) => ({ error: error.name }),
        )
      const expected = await outcome(scanWhole(raw(), ISSUE))
      expect(await outcome(scanMarkedComments(raw(), ISSUE))).toEqual(expected)
    } finally {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    }
  })
})

describe('scanMarkedComments with the comment count of the event', () => {
  /** `total` comments, every 7th marked; the ids scanMarkedComments must find. */
  function seed(total: number): number[] {
    const ids: number[] = []
    for (let i = 0; i < total; i++) {
      const text = i % 7 === 2 ? `${markerFor(`model-${i}`, 'abc1234')}\n## result ${i}` : `comment ${i}`
      const comment = fake.addComment(OWNER, REPO, PR, { login: i % 2 ? BOT_LOGIN : 'alice', body: text })
      if (i % 7 === 2) ids.push(comment.id)
    }
    return ids
  }
  const pagesAsked = () => listRequests().map((r) => Number(r.query.page ?? '1'))

  test.each([
    { total: 250, expected: 250, asked: [1, 2, 3], why: 'exact: the three pages at once' },
    { total: 120, expected: 450, asked: [1, 2], why: 'stale, too high: pages past the end asked and dropped', most: 5 },
    { total: 350, expected: 150, asked: [1, 2, 3, 4], why: 'stale, too low: the rest followed by Link' },
    { total: 100, expected: 100, asked: [1], why: 'one page: nothing asked ahead' },
    { total: 30, expected: 0, asked: [1], why: 'a count of 0 is only a hint' },
    { total: 820, expected: 820, asked: [1, 2, 3, 4, 5, 6, 7, 8, 9], why: 'more pages than are asked at once' },
  ] as { total: number; expected: number; asked: number[]; why: string; most?: number }[])(
    '$total comments, count $expected ($why): the same comments as the walk',
    async ({ total, expected, asked, most }) => {
      const ids = seed(total)
      const found = await scanMarkedComments(client(), ISSUE, { expected })
      expect(found.map((c) => c.id)).toEqual(ids)
      // A page asked for ahead and dropped may still be on its way when the scan is done.
      const pages = [...new Set(pagesAsked())].sort((a, b) => a - b)
      expect(pages.slice(0, asked.length)).toEqual(asked)
      expect(pages.length).toBeLessThanOrEqual(most ?? asked.length)
    },
  )

  test('the pages it implies are asked for together, not one after the other', async () => {
    await fake.close()
    fake = await startFakeGitHub({ latencyMs: 150 })
    const ids = seed(350)
    const started = Date.now()
    const found = await scanMarkedComments(client(), ISSUE, { expected: 350 })
    const elapsed = Date.now() - started
    expect(found.map((c) => c.id)).toEqual(ids)
    // one after the other, four answers take at least 4 × 150 ms
    expect(elapsed).toBeLessThan(4 * 150)
  })

  test("a page past the listing's end that fails is nobody's error; a page inside it still fails the scan", async () => {
    const pages = [0, 1].map((p) =>
      JSON.stringify(
        Array.from({ length: 100 }, (_, i) => ({ id: p * 100 + i + 1, body: `${markerFor('default')}\n${p}`, html_url: 'h' })),
      ),
    )
    const serve = (failing: number) =>
      createServer((req, res) => {
        const page = Number(new URL(req.url ?? '', 'http://x').searchParams.get('page') ?? '1')
        if (page === failing) {
          res.writeHead(500, { 'Content-Type': 'application/json' }).end('{"message":"boom"}')
          return
        }
        const next = page < pages.length ? { Link: `<${base}${req.url?.split('?')[0]}?per_page=100&page=${page + 1}>; rel="next"` } : {}
        res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', ...next }).end(pages[page - 1] ?? '[]')
      })
    let base = ''
    for (const [failing, outcome] of [
      [3, 'found'],
      [2, 'fails'],
    ] as const) {
      const server = serve(failing)
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
      try {
        const raw = createClient(DEFAULT_TOKEN, { baseUrl: base, retries: 0 })
        const scan = scanMarkedComments(raw, ISSUE, { expected: 400 })
        if (outcome === 'found') expect((await scan).map((c) => c.id)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1))
        else await expect(scan).rejects.toMatchObject({ status: 500 })
      } finally {
        server.closeAllConnections()
        await new Promise((resolve) => server.close(resolve))
      }
    }
  })
})
