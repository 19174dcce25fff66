import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { createClient } from '../../src/github/client.js'
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js'

const TOKEN = 'ghp_alice'
const SECONDARY = { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' }

let fake: FakeGitHub
let logs: string[]

beforeEach(async () => {
  fake = await startFakeGitHub()
  fake.addToken(TOKEN, { login: 'alice' })
  logs = []
})
afterEach(() => fake.close())

const client = (retries = 3) => createClient(TOKEN, { baseUrl: fake.url, retries, minRetryDelayMs: 5, log: (m) => logs.push(m) })
const userRequests = () => fake.requests.filter((r) => r.path === '/user').length

async function statusOf(promise: Promise<unknown>): Promise<number | undefined> {
  try {
    await promise
    return undefined
  } catch (error) {
    return (error as { status?: number }).status
  }
}

describe('createClient', () => {
  test.each([500, 502, 503, 504])('retries a %i, then succeeds', async (status) => {
    fake.failNext('GET', /^\/user$/, status)
    const { data } = await client().rest.users.getAuthenticated()
    expect(data.login).toBe('alice')
    expect(userRequests()).toBe(2)
  })

  test('backs off between server-error retries', async () => {
    fake.failNext('GET', /^\/user$/, 502, {}, undefined, 2)
    const started = Date.now()
    await createClient(TOKEN, { baseUrl: fake.url, minRetryDelayMs: 100 }).rest.users.getAuthenticated()
    expect(Date.now() - started).toBeGreaterThanOrEqual(450)
    expect(userRequests()).toBe(3)
  })

  test('starts every request with a fresh retry count (one failing request does not slow the next)', async () => {
    const octokit = createClient(TOKEN, { baseUrl: fake.url, retries: 2, minRetryDelayMs: 100 })
    fake.failNext('GET', /^\/user$/, 502, {}, undefined, 3)
    expect(await statusOf(octokit.rest.users.getAuthenticated())).toBe(502)
    fake.failNext('GET', /^\/user$/, 502)
    const started = Date.now()
    await octokit.rest.users.getAuthenticated()
    expect(Date.now() - started).toBeLessThan(350)
  })

  test('waits out a bare 429 (no rate-limit message) that says when to retry', async () => {
    fake.failNext('GET', /^\/user$/, 429, { 'retry-after': '1' }, { message: 'Too Many Requests' })
    const started = Date.now()
    const { data } = await client().rest.users.getAuthenticated()
    expect(data.login).toBe('alice')
    expect(Date.now() - started).toBeGreaterThanOrEqual(900)
    expect(userRequests()).toBe(2)
  })

  test('gives up on server errors after N retries', async () => {
    fake.failNext('GET', /^\/user$/, 502, {}, undefined, 10)
    expect(await statusOf(client(2).rest.users.getAuthenticated())).toBe(502)
    expect(userRequests()).toBe(3)
  })

  test.each([400, 401, 404, 422])('does not retry a %i', async (status) => {
    fake.failNext('GET', /^\/user$/, status)
    expect(await statusOf(client().rest.users.getAuthenticated())).toBe(status)
    expect(userRequests()).toBe(1)
  })

  test.each([403, 429])('waits out a %i secondary rate limit with retry-after: 1', async (status) => {
    fake.failNext('GET', /^\/user$/, status, { 'retry-after': '1' }, SECONDARY)
    const started = Date.now()
    const { data } = await client().rest.users.getAuthenticated()
    expect(data.login).toBe('alice')
    expect(Date.now() - started).toBeGreaterThanOrEqual(900)
    expect(userRequests()).toBe(2)
    expect(logs.join('\n')).toMatch(/secondary rate limit on GET .*\/user: retrying in 1s/)
  })

  test('gives up on a secondary rate limit after N retries', async () => {
    fake.failNext('GET', /^\/user$/, 403, { 'retry-after': '1' }, SECONDARY, 10)
    expect(await statusOf(client(1).rest.users.getAuthenticated())).toBe(403)
    expect(userRequests()).toBe(2)
    expect(logs.join('\n')).toMatch(/giving up after 1 retries/)
  })

  test('waits for a primary rate limit that resets within a minute', async () => {
    const reset = String(Math.floor(Date.now() / 1000))
    fake.failNext(
      'GET',
      /^\/user$/,
      403,
      { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
      { message: 'API rate limit exceeded' },
    )
    const { data } = await client().rest.users.getAuthenticated()
    expect(data.login).toBe('alice')
    expect(userRequests()).toBe(2)
  })

  test('gives up at once on a primary rate limit that resets in an hour', async () => {
    const reset = String(Math.floor(Date.now() / 1000) + 3600)
    fake.failNext(
      'GET',
      /^\/user$/,
      429,
      { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
      { message: 'API rate limit exceeded' },
    )
    expect(await statusOf(client().rest.users.getAuthenticated())).toBe(429)
    expect(userRequests()).toBe(1)
    expect(logs.join('\n')).toMatch(/primary rate limit .*giving up/)
  })

  test('talks to a GitHub Enterprise Server style base URL', async () => {
    const { data } = await createClient(TOKEN, { baseUrl: `${fake.url}/api/v3/` }).rest.users.getAuthenticated()
    expect(data.login).toBe('alice')
    expect(fake.requests.at(-1)).toMatchObject({ path: '/user', enterprise: true, token: TOKEN })
  })
})
