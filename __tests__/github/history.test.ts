import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { parseHistory, serializeEntry, type HistoryEntry } from '../../src/core/history/entry.js'
import { commentTrends } from '../../src/core/history/trend.js'
import type { Evaluation } from '../../src/core/types.js'
import { createClient } from '../../src/github/client.js'
import { appendHistory, readHistory } from '../../src/github/history.js'
import { renderTrendSection } from '../../src/render/trend.js'
import { DEFAULT_TOKEN, startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js'
import { installFakeHistory, type FakeHistory } from '../helpers/fake-history.js'

const OWNER = 'acme'
const REPO = 'fraud-model'
const READ_ONLY = 'ghs_read_only'

// The client spaces writes 1 s apart on GitHub (request-policy.ts); these tests make many writes to a local fake.

let fake: FakeGitHub
let history: FakeHistory
beforeEach(async () => {
  fake = await startFakeGitHub()
  fake.addToken(READ_ONLY, { login: 'github-actions[bot]', installation: true, readOnly: true })
  history = installFakeHistory(fake, { owner: OWNER, repo: REPO })
})
afterEach(() => fake.close())

const client = (token = DEFAULT_TOKEN) => createClient(token, { baseUrl: fake.url, retries: 0, minRetryDelayMs: 1 })
const entry = (sha: string, recall = 0.9, model = 'fraud'): HistoryEntry => ({
  v: 1,
  time: '2026-12-01T12:00:00.000Z',
  sha,
  model,
  verdict: 'approved',
  mode: 'enforce',
  metrics: { recall },
})
const append = (entries: HistoryEntry[], extra: Partial<Parameters<typeof appendHistory>[1]> = {}, token?: string) =>
  appendHistory(client(token), { owner: OWNER, repo: REPO, entries, ...extra })
const lines = (branch = 'model-gate-data') => parseHistory(history.text(branch) ?? '').entries.map((e) => e.sha)
const writes = () =>
  fake.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path.replace(`/repos/${OWNER}/${REPO}`, '')} ${r.status}`)

describe('appendHistory', () => {
  test('the first push creates the orphan data branch with one line', async () => {
    const result = await append([entry('c1')])
    expect(result).toMatchObject({ status: 'written', created: true, attempts: 1 })
    expect(lines()).toEqual(['c1'])
    expect(history.branch('model-gate-data')!.parents).toEqual([])
    expect(history.branch('model-gate-data')!.files.size).toBe(1)
    expect(writes()).toEqual(['POST /git/trees 201', 'POST /git/commits 201', 'POST /git/refs 201'])
  })

  test('a second push appends a second line with the SHA it read', async () => {
    await append([entry('c1')])
    const before = (await readHistory(client(), { owner: OWNER, repo: REPO })).sha
    const result = await append([entry('c2', 0.91)])
    expect(result).toMatchObject({ status: 'written', created: false, attempts: 1 })
    expect(lines()).toEqual(['c1', 'c2'])
    const put = fake.requests.find((r) => r.method === 'PUT')!
    expect((put.body as { sha: string; branch: string }).sha).toBe(before)
    expect((put.body as { branch: string }).branch).toBe('model-gate-data')
    const after = (await readHistory(client(), { owner: OWNER, repo: REPO })).sha
    expect(after).not.toBe(before)
  })

  test('a concurrent writer: the stale SHA gets 409, the file is re-read and both lines are kept', async () => {
    await append([entry('c1')])
    history.concurrentWrite(serializeEntry(entry('other')), 2)
    const result = await append([entry('c2')])
    expect(result).toMatchObject({ status: 'written', attempts: 3 })
    expect(history.conflicts).toBe(2)
    expect(lines()).toEqual(['c1', 'other', 'other', 'c2'])
  })

  test('conflicts on every attempt: a warning, not a throw', async () => {
    await append([entry('c1')])
    history.concurrentWrite(serializeEntry(entry('other')), 10)
    const result = await append([entry('c2')], { attempts: 3 })
    expect(result).toMatchObject({ status: 'failed', attempts: 3 })
    expect('warning' in result && result.warning).toMatch(/changed under every one of 3 attempts/)
  })

  test('two writers racing to create the branch: the loser appends to the winner’s file', async () => {
    history.raceCreate('model-gate-data', { 'history.jsonl': `${serializeEntry(entry('winner'))}\n` })
    const result = await append([entry('c1')])
    expect(result).toMatchObject({ status: 'written', created: false, attempts: 2 })
    expect(lines()).toEqual(['winner', 'c1'])
  })

  test('the branch exists without the file: the file is created on it', async () => {
    history.setFile('model-gate-data', 'README.md', 'data')
    const result = await append([entry('c1')])
    expect(result).toMatchObject({ status: 'written', created: false })
    expect(lines()).toEqual(['c1'])
    expect(history.branch('model-gate-data')!.files.get('README.md')).toBe('data')
  })

  test('the same commit again (a re-run, or the push after its merge-queue run): nothing written', async () => {
    await append([entry('c1')])
    const before = writes().length
    const result = await append([entry('c1')])
    expect(result).toEqual({ status: 'unchanged', attempts: 1, warnings: [] })
    expect(writes()).toHaveLength(before)
    expect(lines()).toEqual(['c1'])
  })

  test('keep and the size cap trim the oldest lines', async () => {
    for (let i = 0; i < 5; i++) await append([entry(`c${i}`)], { keep: 3 })
    expect(lines()).toEqual(['c2', 'c3', 'c4'])
    const line = serializeEntry(entry('c9')).length + 1
    await append([entry('c9')], { maxBytes: line * 2 })
    expect(lines()).toEqual(['c4', 'c9'])
  })

  test('a read-only token: a warning value, nothing written', async () => {
    await append([entry('c1')])
    const result = await append([entry('c2')], {}, READ_ONLY)
    expect(result.status).toBe('skipped')
    expect('warning' in result && result.warning).toMatch(/contents: write/)
    expect(lines()).toEqual(['c1'])
    const fresh = await append([entry('c1')], { branch: 'elsewhere' }, READ_ONLY)
    expect(fresh.status).toBe('skipped')
    expect(history.branch('elsewhere')).toBeUndefined()
  })

  test('a server error: a warning naming the file', async () => {
    fake.failNext('GET', /contents\/history\.jsonl$/, 500, {}, { message: 'boom' })
    const result = await append([entry('c1')])
    expect(result).toMatchObject({ status: 'failed' })
    expect('warning' in result && result.warning).toMatch(/history\.jsonl on branch model-gate-data of acme\/fraud-model: boom/)
  })
})

describe('readHistory', () => {
  test('no branch, or no file: no history', async () => {
    expect(await readHistory(client(), { owner: OWNER, repo: REPO })).toEqual({ entries: [], warnings: [] })
    history.setFile('model-gate-data', 'other.txt', 'x')
    expect(await readHistory(client(), { owner: OWNER, repo: REPO })).toEqual({ entries: [], warnings: [] })
  })

  test('a pull request’s trend from a history branch the test creates', async () => {
    const merged = [0.95, 0.945, 0.94, 0.937, 0.935, 0.932].map((recall, i) => serializeEntry(entry(`${i}`.repeat(40), recall)))
    history.setFile('model-gate-data', 'history.jsonl', `${merged.join('\n')}\n`)
    const read = await readHistory(client(), { owner: OWNER, repo: REPO })
    const evaluation = {
      model: 'fraud',
      verdict: 'approved',
      mode: 'enforce',
      problems: [],
      policyChanges: [],
      policy: { source: 'none' },
      baseline: { source: 'none' },
      candidate: { source: 'none' },
      checks: [
        {
          id: 'threshold:recall:min',
          kind: 'threshold',
          metric: 'recall',
          gate: 'recall',
          status: 'pass',
          severity: 'block',
          candidate: 0.93,
          rule: '',
          message: '',
        },
      ],
    } as const satisfies Evaluation
    const trends = commentTrends(read.entries, evaluation, { trend: 20 })
    expect(trends.lines.map((l) => l.text)).toEqual(['recall: 6th drop in a row, −2.1% over 6 merges'])
    const section = renderTrendSection(trends.series, { headline: trends.lines[0]!.text })
    expect(section).toContain('x-axis ["0000000", "1111111", "2222222", "3333333", "4444444", "5555555", "PR"]')
    expect(section).toContain('line [0.95, 0.945, 0.94, 0.937, 0.935, 0.932, 0.93]')
  })

  test('reads entries from the data branch and reports bad lines', async () => {
    history.setFile('model-gate-data', 'history.jsonl', `${serializeEntry(entry('c1'))}\n{oops\n${serializeEntry(entry('c2'))}\n`)
    const read = await readHistory(client(), { owner: OWNER, repo: REPO })
    expect(read.entries.map((e) => e.sha)).toEqual(['c1', 'c2'])
    expect(read.warnings).toEqual(['history.jsonl:2: not valid JSON; the line was skipped.'])
  })

  test('a file over 1 MB (no content in the JSON form) is read through the raw media type', async () => {
    const line = serializeEntry(entry('c'.repeat(40)))
    const count = Math.ceil((1.2 * 1024 * 1024) / (line.length + 1))
    history.setFile('model-gate-data', 'history.jsonl', `${line}\n`.repeat(count))
    const read = await readHistory(client(), { owner: OWNER, repo: REPO })
    expect(read.entries).toHaveLength(count)
    expect(read.warnings).toEqual([])
    expect(fake.requests.filter((r) => r.path.endsWith('/history.jsonl')).map((r) => /raw/.test(r.accept ?? ''))).toEqual([false, true])
  })

  test('other failures throw with the location failures throw with the location', async () => {
    fake.failNext('GET', /contents/, 500, {}, { message: 'down' })
    await expect(readHistory(client(), { owner: OWNER, repo: REPO })).rejects.toThrow(
      /Could not read the history history\.jsonl on branch model-gate-data .*down/,
    )
  })
})
