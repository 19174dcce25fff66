import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { createClient } from '../../src/github/client.js'
import { ACTIONS_BOT_LOGIN, tokenIdentity } from '../../src/github/identity.js'
import { DEFAULT_TOKEN, startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js'

let fake: FakeGitHub
beforeEach(async () => {
  fake = await startFakeGitHub()
  fake.addToken('ghp_alice', { login: 'alice' })
})
afterEach(() => fake.close())

const client = (token: string) => createClient(token, { baseUrl: fake.url, retries: 1, minRetryDelayMs: 5 })

describe('tokenIdentity', () => {
  test("a personal token is its user's login", async () => {
    expect(await tokenIdentity(client('ghp_alice'))).toBe('alice')
  })

  test('an installation token (GITHUB_TOKEN), refused by GET /user, is the Actions bot', async () => {
    expect(await tokenIdentity(client(DEFAULT_TOKEN))).toBe(ACTIONS_BOT_LOGIN)
    expect(fake.requests.at(-1)).toMatchObject({ path: '/user', status: 403 })
  })

  test('a bad token fails clearly', async () => {
    await expect(tokenIdentity(client('ghp_revoked'))).rejects.toThrow(/Could not tell which GitHub user the token belongs to: Bad credentials/)
  })
})
