/** Write spacing (request-policy.ts) on GitHub, none on a loopback stand-in such as the tests' fake API. */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { createClient, isLoopbackApi } from '../../src/github/client.js'
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js'

let fake: FakeGitHub
beforeEach(async () => {
  fake = await startFakeGitHub()
  fake.addToken('ghp_alice', { login: 'alice' })
})
afterEach(() => fake.close())

describe('isLoopbackApi', () => {
  test.each([
    ['https://api.github.com', false],
    ['https://ghes.example.com/api/v3', false],
    ['http://127.0.0.1:4711', true],
    ['http://127.8.9.10', true],
    ['http://localhost:3000/api/v3', true],
    ['http://[::1]:8080', true],
    ['http://127.0.0.1.example.com', false],
    ['http://10.0.0.1', false],
    ['not a url', false],
    [undefined, false],
  ])('%s → %s', (url, loopback) => {
    expect(isLoopbackApi(url)).toBe(loopback)
  })
})

/** Milliseconds for three writes in a row (the fake answers 404; the spacing happens before the request). */
async function threeWrites(spaceWrites?: boolean): Promise<number> {
  const client = createClient('ghp_alice', { baseUrl: fake.url, retries: 0, ...(spaceWrites === undefined ? {} : { spaceWrites }) })
  const started = Date.now()
  for (let i = 0; i < 3; i++) await client.request('POST /nowhere/{i}', { i }).catch(() => undefined)
  return Date.now() - started
}

describe('write spacing', () => {
  test('off by default for a loopback API: three writes in well under a second', async () => {
    expect(await threeWrites()).toBeLessThan(700)
    expect(fake.requests.filter((r) => r.method === 'POST')).toHaveLength(3)
  })

  test('on when asked (the default for any other host): one write per second', async () => {
    expect(await threeWrites(true)).toBeGreaterThanOrEqual(1900)
  }, 10_000)
})
