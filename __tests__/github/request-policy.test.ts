/** Retries, rate-limit waits, write spacing and the in-flight limit of the REST client, on a fake clock. */
import { describe, expect, test } from '@jest/globals'
import { failureAction, requestPolicy, writeKind, type RequestPolicyOptions } from '../../src/github/request-policy.js'

const NOW = 1_700_000_000_000

/** An error shaped as Octokit's RequestError. */
function requestError(status: number, headers: Record<string, string> = {}, message = 'error', data?: unknown): Error {
  return Object.assign(new Error(message), { status, request: { method: 'GET', url: '/user' }, response: { headers, data } })
}

describe('failureAction', () => {
  test.each<[string, unknown, ReturnType<typeof failureAction>]>([
    ['500', requestError(500), { kind: 'retry' }],
    ['502', requestError(502), { kind: 'retry' }],
    ['a failed connection (Octokit reports 500)', requestError(500, {}, 'fetch failed'), { kind: 'retry' }],
    ['400', requestError(400), { kind: 'final' }],
    ['401', requestError(401), { kind: 'final' }],
    ['404', requestError(404), { kind: 'final' }],
    ['422', requestError(422), { kind: 'final' }],
    ['a plain 403 (no rate limit)', requestError(403, {}, 'Resource not accessible by integration'), { kind: 'final' }],
    ['a 429 that says nothing', requestError(429, {}, 'Too Many Requests'), { kind: 'final' }],
    [
      'a secondary limit with retry-after',
      requestError(403, { 'retry-after': '7' }, 'You have exceeded a secondary rate limit.'),
      { kind: 'wait', limit: 'secondary', seconds: 7 },
    ],
    [
      'a secondary limit without retry-after: a minute',
      requestError(429, {}, 'You have exceeded a Secondary Rate limit'),
      { kind: 'wait', limit: 'secondary', seconds: 60 },
    ],
    [
      'a primary limit: one second after the reset',
      requestError(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW / 1000 + 30) }, 'API rate limit exceeded'),
      { kind: 'wait', limit: 'primary', seconds: 31 },
    ],
    [
      'a primary limit whose reset has passed',
      requestError(429, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW / 1000 - 30) }),
      { kind: 'wait', limit: 'primary', seconds: 0 },
    ],
    [
      'a primary limit given as RATE_LIMITED errors',
      requestError(403, { 'x-ratelimit-reset': String(NOW / 1000 + 5) }, 'limited', { errors: [{ type: 'RATE_LIMITED' }] }),
      { kind: 'wait', limit: 'primary', seconds: 6 },
    ],
    [
      'a bare 429 with retry-after',
      requestError(429, { 'retry-after': '2' }, 'Too Many Requests'),
      { kind: 'wait', limit: 'bare', seconds: 2 },
    ],
    ['a bare 429 with a retry-after that is no number', requestError(429, { 'retry-after': 'soon' }), { kind: 'final' }],
    ['a bare 403 with retry-after (no limit named)', requestError(403, { 'retry-after': '2' }), { kind: 'final' }],
    ['an error that is not the client’s', new TypeError('x is undefined'), { kind: 'final' }],
    ['a status without a request', Object.assign(new Error('x'), { status: 502 }), { kind: 'final' }],
    ['nothing', undefined, { kind: 'final' }],
  ])('%s', (_title, error, expected) => {
    expect(failureAction(error, NOW)).toEqual(expected)
  })
})

describe('writeKind', () => {
  test.each<[string, string, ReturnType<typeof writeKind>]>([
    ['GET', '/repos/{owner}/{repo}/issues/{issue_number}/comments', undefined],
    ['HEAD', '/repos/a/b/issues/1/comments', undefined],
    ['POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments', 'notifying'],
    ['post', '/repos/a/b/issues/42/comments', 'notifying'],
    ['POST', 'https://api.github.com/repos/a/b/issues/42/comments?x=1', 'notifying'],
    ['POST', 'https://ghes.example.com/api/v3/repos/a/b/issues/42/comments', 'notifying'],
    ['POST', '/repos/{owner}/{repo}/issues', 'notifying'],
    ['POST', '/repos/{owner}/{repo}/pulls/{pull_number}/reviews', 'notifying'],
    ['PATCH', '/repos/{owner}/{repo}/issues/comments/{comment_id}', 'write'],
    ['DELETE', '/repos/{owner}/{repo}/issues/comments/{comment_id}', 'write'],
    ['PATCH', '/repos/{owner}/{repo}/issues/{issue_number}', 'write'],
    ['PUT', '/repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/dismissals', 'write'],
    ['POST', '/repos/{owner}/{repo}/check-runs', 'write'],
    ['PUT', '/repos/{owner}/{repo}/contents/{path}', 'write'],
  ])('%s %s → %s', (method, url, kind) => {
    expect(writeKind(method, url)).toBe(kind)
  })
})

/** A policy on a fake clock: `sleep` moves the clock and records the wait. */
function harness(overrides: Partial<RequestPolicyOptions> = {}) {
  let clock = NOW
  const sleeps: number[] = []
  const logs: string[] = []
  const policy = requestPolicy({
    retries: 3,
    retryBaseMs: 1000,
    spaceWrites: false,
    maxWaitSeconds: 60,
    log: (line) => logs.push(line),
    now: () => clock,
    sleep: async (ms) => {
      sleeps.push(ms)
      clock += ms
    },
    ...overrides,
  })
  return { policy, sleeps, logs, elapsed: () => clock - NOW }
}

/** A request that fails with each of `errors` in turn, then answers; records when it was called. */
function scripted(errors: unknown[], calls: number[] = [], clock: () => number = () => 0) {
  return async () => {
    calls.push(clock())
    const error = errors.shift()
    if (error !== undefined) throw error
    return { status: 200 }
  }
}

const GET = { method: 'GET', url: '/user' }

describe('requestPolicy', () => {
  test('calls the request at once: no queue, timer or turn of the event loop first', () => {
    const { policy } = harness({ spaceWrites: true })
    let called = 0
    void policy(async () => {
      called++
      return 1
    }, GET)
    void policy(
      async () => {
        called++
        return 1
      },
      { method: 'POST', url: '/repos/a/b/issues/1/comments' },
    )
    expect(called).toBe(2)
  })

  test('retries server errors with n² backoff, then answers', async () => {
    const { policy, sleeps, logs } = harness()
    const calls: number[] = []
    await expect(policy(scripted([requestError(502), requestError(500)], calls), GET)).resolves.toEqual({ status: 200 })
    expect(calls).toHaveLength(3)
    expect(sleeps).toEqual([1000, 4000])
    expect(logs).toEqual([])
  })

  test('gives up on server errors after `retries`', async () => {
    const { policy, sleeps } = harness({ retries: 2 })
    const error = requestError(503)
    await expect(policy(scripted([error, error, error, error]), GET)).rejects.toBe(error)
    expect(sleeps).toEqual([1000, 4000])
  })

  test('`request.retries: 0` on one call: a server error is final', async () => {
    const { policy, sleeps } = harness()
    const error = requestError(502)
    await expect(policy(scripted([error]), { ...GET, request: { retries: 0 } })).rejects.toBe(error)
    expect(sleeps).toEqual([])
  })

  test('`request.retries: 0` still waits out a rate limit (the request was not processed)', async () => {
    const { policy, sleeps } = harness()
    const limited = requestError(403, { 'retry-after': '2' }, 'secondary rate limit')
    await expect(policy(scripted([limited]), { method: 'POST', url: '/x', request: { retries: 0 } })).resolves.toEqual({ status: 200 })
    expect(sleeps).toEqual([2000])
  })

  test('does not retry a client error', async () => {
    const { policy, sleeps } = harness()
    const error = requestError(404)
    const calls: number[] = []
    await expect(policy(scripted([error], calls), GET)).rejects.toBe(error)
    expect(calls).toHaveLength(1)
    expect(sleeps).toEqual([])
  })

  test('waits out rate limits, logging each wait, and counts them apart from server errors', async () => {
    const { policy, sleeps, logs } = harness()
    const errors = [
      requestError(502),
      requestError(429, { 'retry-after': '3' }, 'secondary rate limit'),
      requestError(500),
      requestError(429, { 'retry-after': '1' }),
    ]
    await expect(policy(scripted(errors), GET)).resolves.toEqual({ status: 200 })
    expect(sleeps).toEqual([1000, 3000, 4000, 1000])
    expect(logs).toEqual([
      'GitHub secondary rate limit on GET /user: retrying in 3s (1/3)',
      'GitHub answered 429 on GET /user: retrying in 1s (2/3)',
    ])
  })

  test('gives up after `retries` rate-limit waits', async () => {
    const { policy, sleeps, logs } = harness({ retries: 1 })
    const limited = requestError(403, { 'retry-after': '1' }, 'secondary rate limit')
    await expect(policy(scripted([limited, limited, limited]), GET)).rejects.toBe(limited)
    expect(sleeps).toEqual([1000])
    expect(logs.at(-1)).toBe('GitHub secondary rate limit on GET /user: giving up after 1 retries')
  })

  test('gives up at once on a wait longer than the longest worth sitting out', async () => {
    const { policy, sleeps, logs } = harness()
    const limited = requestError(429, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW / 1000 + 3600) })
    await expect(policy(scripted([limited]), GET)).rejects.toBe(limited)
    expect(sleeps).toEqual([])
    expect(logs).toEqual(['GitHub primary rate limit on GET /user: giving up after 0 retries'])
  })

  test('spaces writes a second apart and notifying writes three seconds apart; reads are never held', async () => {
    const h = harness({ spaceWrites: true })
    const started: Array<[string, number]> = []
    const send = (method: string, url: string) =>
      h.policy(
        async () => {
          started.push([`${method} ${url}`, h.elapsed()])
          return 1
        },
        { method, url },
      )
    await send('POST', '/repos/a/b/issues/1/comments')
    await send('GET', '/repos/a/b/issues/1/comments')
    await send('PATCH', '/repos/a/b/issues/comments/9')
    await send('DELETE', '/repos/a/b/issues/comments/8')
    await send('POST', '/repos/a/b/pulls/1/reviews')
    await send('GET', '/user')
    expect(started).toEqual([
      ['POST /repos/a/b/issues/1/comments', 0],
      ['GET /repos/a/b/issues/1/comments', 0],
      ['PATCH /repos/a/b/issues/comments/9', 1000],
      ['DELETE /repos/a/b/issues/comments/8', 2000],
      ['POST /repos/a/b/pulls/1/reviews', 3000],
      ['GET /user', 3000],
    ])
  })

  test('spaces nothing when spacing is off', async () => {
    const h = harness({ spaceWrites: false })
    for (let i = 0; i < 3; i++) await h.policy(async () => 1, { method: 'POST', url: '/repos/a/b/issues/1/comments' })
    expect(h.sleeps).toEqual([])
  })

  test('holds at most ten requests in flight; the rest start in order as slots free', async () => {
    const { policy } = harness()
    const release: Array<() => void> = []
    const started: number[] = []
    const done = Array.from({ length: 13 }, (_, i) =>
      policy(
        () =>
          new Promise<number>((resolve) => {
            started.push(i)
            release.push(() => resolve(i))
          }),
        GET,
      ),
    )
    await Promise.resolve()
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
    release[3]?.()
    release[0]?.()
    await done[0]
    await done[3]
    await new Promise((resolve) => setImmediate(resolve))
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
    for (let k = 0; k < 20; k++) {
      release.forEach((r) => r())
      await new Promise((resolve) => setImmediate(resolve))
    }
    expect(await Promise.all(done)).toEqual(Array.from({ length: 13 }, (_, i) => i))
  })
})
