import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { prefetchBasePaths, prefetchComment } from '../../src/action/prefetch.js'
import { createClient } from '../../src/github/client.js'
import { markerFor } from '../../src/core/marker.js'
import { BOT_LOGIN, DEFAULT_TOKEN, startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js'

const ctx = { owner: 'acme', repo: 'fraud-model', prNumber: 42 }

let fake: FakeGitHub
beforeEach(async () => {
  fake = await startFakeGitHub({ latencyMs: 50 })
  fake.addToken('ghp_alice', { login: 'alice' })
})
afterEach(() => fake.close())

const client = (token: string) => createClient(token, { baseUrl: fake.url, retries: 0, minRetryDelayMs: 5 })
const requests = () => fake.requests.map((r) => `${r.method} ${r.path}`)

describe('prefetchComment', () => {
  test.each([
    { name: 'comments off', enabled: false, prNumber: 42, withClient: true },
    { name: 'no pull request', enabled: true, prNumber: undefined, withClient: true },
    { name: 'no token', enabled: true, prNumber: 42, withClient: false },
  ])('$name: nothing is asked', async ({ enabled, prNumber, withClient }) => {
    const prefetch = prefetchComment({
      enabled,
      ctx: { ...ctx, prNumber },
      client: withClient ? client(DEFAULT_TOKEN) : undefined,
      token: DEFAULT_TOKEN,
    })
    expect(prefetch).toBeUndefined()
    await new Promise((resolve) => setTimeout(resolve, 80))
    expect(fake.requests).toEqual([])
  })

  test('an installation token: one listing, no GET /user; the marked comments found', async () => {
    fake.addComment('acme', 'fraud-model', 42, { login: 'bob', body: 'lgtm' })
    const ours = fake.addComment('acme', 'fraud-model', 42, { login: BOT_LOGIN, body: `${markerFor('default', 'abc1234')}\n## old result` })
    const prefetch = prefetchComment({ enabled: true, ctx, client: client(DEFAULT_TOKEN), token: DEFAULT_TOKEN })!
    expect(await prefetch.identity).toBe(BOT_LOGIN)
    expect((await prefetch.listed).map((c) => c.id)).toEqual([ours.id])
    expect(requests()).toEqual(['GET /repos/acme/fraud-model/issues/42/comments'])
  })

  test('a personal token: GET /user and the listing are in flight together', async () => {
    const prefetch = prefetchComment({ enabled: true, ctx, client: client('ghp_alice'), token: 'ghp_alice' })!
    const [identity, listed] = await Promise.all([prefetch.identity, prefetch.listed])
    expect(identity).toBe('alice')
    expect(listed).toEqual([])
    expect(requests().sort()).toEqual(['GET /repos/acme/fraud-model/issues/42/comments', 'GET /user'])
    // one after the other, the second would arrive at least one 50 ms answer after the first
    const [a, b] = fake.requests.map((r) => r.at)
    expect(Math.abs(a! - b!)).toBeLessThan(50)
  })

  test('a failed request rejects only when awaited, and is not reported as unhandled', async () => {
    const unhandled: unknown[] = []
    const onUnhandled = (reason: unknown) => void unhandled.push(reason)
    process.on('unhandledRejection', onUnhandled)
    try {
      const prefetch = prefetchComment({ enabled: true, ctx, client: client('ghp_revoked'), token: 'ghp_revoked' })!
      await new Promise((resolve) => setTimeout(resolve, 150))
      expect(unhandled).toEqual([])
      await expect(prefetch.identity).rejects.toThrow(/Bad credentials/)
      await expect(prefetch.listed).rejects.toMatchObject({ status: 401 })
    } finally {
      process.off('unhandledRejection', onUnhandled)
    }
  })
})

describe('prefetchBasePaths', () => {
  test.each([
    {
      name: 'one model',
      text: 'version: 1\nmetrics:\n  file: eval/metrics.json\nbaseline:\n  source: base\ngates: {}\n',
      paths: ['eval/metrics.json'],
    },
    {
      name: 'a baseline file of its own, quoted, with comments',
      text: 'metrics:\n  file: \'eval/m.json\'  # the candidate\nbaseline:\n  file: "eval/base.json"\n',
      paths: ['eval/m.json', 'eval/base.json'],
    },
    {
      name: 'models and defaults',
      text: 'defaults:\n  metrics:\n    file: shared.json\nmodels:\n  fraud:\n    metrics:\n      file: fraud/m.json\n  churn:\n    metrics:\n      file: churn/m.json\n',
      paths: ['shared.json', 'fraud/m.json', 'churn/m.json'],
    },
    { name: 'no base copy read', text: 'metrics:\n  file: m.json\nbaseline:\n  source: none\n', paths: [] },
    { name: 'the baseline from a file', text: 'baseline:\n  source: file\n  file: b.json\nmetrics:\n  file: m.json\n', paths: [] },
    {
      name: 'other files are not metrics',
      text: 'declarations:\n  file: MODEL_CARD.md\npredictions:\n  file: preds.csv\nmetrics:\n  file: m.json\n',
      paths: ['m.json'],
    },
    { name: 'a file key outside a block', text: 'file: x.json\nmetrics:\n  format: json\n', paths: [] },
    {
      name: 'at most four',
      text: Array.from({ length: 6 }, (_, i) => `m${i}:\n  metrics:\n    file: ${i}.json\n`).join(''),
      paths: ['0.json', '1.json', '2.json', '3.json'],
    },
    { name: 'not YAML at all', text: '{{{ nothing: [', paths: [] },
  ])('$name', ({ text, paths }) => {
    expect(prefetchBasePaths(text)).toEqual(paths)
    expect(prefetchBasePaths(text.replace(/\n/g, '\r\n'))).toEqual(paths)
  })
})
