import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { createClient } from '../../src/github/client.js'
import { ACTIONS_BOT_LOGIN, knownIdentity, tokenIdentity } from '../../src/github/identity.js'
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
    await expect(tokenIdentity(client('ghp_revoked'))).rejects.toThrow(
      /Could not tell which GitHub user the token belongs to: Bad credentials/,
    )
  })
})

describe('knownIdentity: the login known without GET /user', () => {
  // Token prefixes: https://github.blog/engineering/platform-security/behind-githubs-new-authentication-token-formats/
  test.each([
    ['ghs_16C7e42F292c6912E7710c838347Ae178B4a', ACTIONS_BOT_LOGIN],
    [DEFAULT_TOKEN, ACTIONS_BOT_LOGIN],
    ['ghp_16C7e42F292c6912E7710c838347Ae178B4a', undefined],
    ['github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz', undefined],
    ['gho_16C7e42F292c6912E7710c838347Ae178B4a', undefined],
    ['ghu_16C7e42F292c6912E7710c838347Ae178B4a', undefined],
    ['v1.0123456789abcdef0123456789abcdef01234567', undefined],
    ['', undefined],
  ])('%s → %s', (token, login) => {
    expect(knownIdentity(token)).toBe(login)
  })

  test('tokenIdentity given an installation token answers the bot without a request, as the 403 would', async () => {
    expect(await tokenIdentity(client(DEFAULT_TOKEN), DEFAULT_TOKEN)).toBe(ACTIONS_BOT_LOGIN)
    expect(fake.requests).toEqual([])
  })

  test('tokenIdentity given a personal token still asks GET /user', async () => {
    expect(await tokenIdentity(client('ghp_alice'), 'ghp_alice')).toBe('alice')
    expect(fake.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual(['GET /user 200'])
  })
})
