import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { createClient } from '../../src/github/client.js'
import { readRepoFile } from '../../src/github/contents.js'
import { DEFAULT_TOKEN, startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js'

const BASE = 'a'.repeat(40)
const HEAD = 'b'.repeat(40)
const at = (path: string, ref = BASE) => ({ owner: 'acme', repo: 'fraud-model', path, ref })

let fake: FakeGitHub
beforeEach(async () => {
  fake = await startFakeGitHub()
})
afterEach(() => fake.close())

const client = (baseUrl = fake.url) => createClient(DEFAULT_TOKEN, { baseUrl, retries: 1, minRetryDelayMs: 5 })

describe('readRepoFile', () => {
  test('reads a file at the given ref, with the raw media type', async () => {
    fake.setFile('acme', 'fraud-model', BASE, '.github/model-gate.yml', 'version: 1\nmode: enforce\n')
    fake.setFile('acme', 'fraud-model', HEAD, '.github/model-gate.yml', 'version: 1\nmode: advisory\n')
    expect(await readRepoFile(client(), at('.github/model-gate.yml'))).toBe('version: 1\nmode: enforce\n')
    expect(await readRepoFile(client(), at('.github/model-gate.yml', HEAD))).toBe('version: 1\nmode: advisory\n')
    const request = fake.requests.at(-1)!
    expect(request).toMatchObject({ method: 'GET', path: '/repos/acme/fraud-model/contents/.github/model-gate.yml', query: { ref: HEAD } })
    expect(request.accept).toMatch(/application\/vnd\.github(\.v3)?\.raw/)
  })

  test('keeps UTF-8 text intact (and drops a byte order mark)', async () => {
    fake.setFile('acme', 'fraud-model', BASE, 'MODEL_CARD.md', '\uFEFF---\nowner: Zoë 🚀\n---\n')
    expect(await readRepoFile(client(), at('MODEL_CARD.md'))).toBe('---\nowner: Zoë 🚀\n---\n')
  })

  test('returns undefined for a missing file, or a file missing at that ref', async () => {
    fake.setFile('acme', 'fraud-model', HEAD, 'eval/metrics.json', '{}')
    expect(await readRepoFile(client(), at('eval/metrics.json'))).toBeUndefined()
    expect(await readRepoFile(client(), at('nope.json', HEAD))).toBeUndefined()
  })

  test("reads a 1.5 MB file (past the JSON form's 1 MB limit)", async () => {
    const big = JSON.stringify({ rows: Array.from({ length: 70_000 }, (_, i) => ({ i, recall: 0.8 })) })
    expect(big.length).toBeGreaterThan(1.5e6)
    fake.setFile('acme', 'fraud-model', BASE, 'eval/metrics.json', big)
    expect(await readRepoFile(client(), at('eval/metrics.json'))).toBe(big)
  })

  test('refuses a directory', async () => {
    fake.setFile('acme', 'fraud-model', BASE, 'eval/metrics.json', '{}')
    await expect(readRepoFile(client(), at('eval'))).rejects.toThrow(/eval at acme\/fraud-model@aaaaaaaaaaaa is a directory, not a file/)
  })

  test('refuses a file that is not UTF-8', async () => {
    fake.setFile('acme', 'fraud-model', BASE, 'model.bin', Buffer.from([0xff, 0xfe, 0x00, 0xc3]))
    await expect(readRepoFile(client(), at('model.bin'))).rejects.toThrow(/model\.bin .* is not UTF-8 text/)
  })

  test.each([
    [401, /Bad credentials|injected 401/],
    [403, /injected 403/],
    [500, /injected 500/],
  ])('throws a clear error on a %i', async (status, detail) => {
    fake.failNext('GET', /\/contents\//, status, {}, undefined, 5)
    const error = await readRepoFile(client(), at('eval/metrics.json')).catch((e: unknown) => e as Error)
    expect(error).toBeInstanceOf(Error)
    expect((error as Error).message).toMatch(/^Could not read eval\/metrics\.json at acme\/fraud-model@aaaaaaaaaaaa from the GitHub API: /)
    expect((error as Error).message).toMatch(detail)
  })

  test('works with a GitHub Enterprise Server base URL', async () => {
    fake.setFile('acme', 'fraud-model', BASE, 'eval/metrics.json', '{"accuracy": 0.9}')
    expect(await readRepoFile(client(`${fake.url}/api/v3`), at('eval/metrics.json'))).toBe('{"accuracy": 0.9}')
    expect(fake.requests.at(-1)?.enterprise).toBe(true)
  })
})
