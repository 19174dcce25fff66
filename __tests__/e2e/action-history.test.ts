/**
 * The bundled action and the history (policy `history:`): a push to the default branch records
 * one line (a second push a second line, written over the first file's SHA), a concurrent
 * writer's conflict is retried, a pull request's comment shows the trend of a history branch the
 * test creates, no history leaves the comment as it was, and a read-only token only warns.
 * Every scenario runs under Node 20 and Node 24.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { createHash } from 'node:crypto'
import { parseHistory, serializeEntry, type HistoryEntry } from '../../src/core/history/entry.js'
import { mergeGroupEvent, pushEvent } from '../helpers/events.js'
import { BOT_LOGIN } from '../helpers/fake-github.js'
import { installFakeHistory, type FakeHistory } from '../helpers/fake-history.js'
import { nodeBinaries, runAction, type ActionRun, type RunActionOptions } from '../helpers/run-action.js'
import { renderGfm } from '../render/gfm.js'
import {
  METRICS_PATH,
  NODES,
  OWNER,
  POLICY,
  POLICY_PATH,
  REPO,
  expectRun,
  metrics,
  nodeAt,
  prFixture,
  workflowCommands,
  type PrFixture,
} from './fixture.js'

beforeAll(() => void nodeBinaries(), 300_000)

const HISTORY_POLICY = `${POLICY}history:\n  trend: 5\n`
const DATA = 'model-gate-data'
const READ_ONLY = 'ghs_read_only_token'
/** The client spaces writes 1 s apart on GitHub (request-policy.ts); most scenarios turn it off (the first keeps it). */
const FAST = {}

const blobSha = (text: string): string =>
  createHash('sha1')
    .update(`blob ${Buffer.byteLength(text)}\0${text}`)
    .digest('hex')
const writes = (fixture: PrFixture) => fixture.fake.requests.filter((r) => r.method !== 'GET' && /\/(contents|git)\//.test(r.path))

let repo: PrFixture
let history: FakeHistory
afterEach(async () => {
  await repo.close()
})

/** A push to `main` (the default branch) from `before` to `after`, the payload as GitHub sends it. */
function pushMain(before: string, after: string, ref = 'refs/heads/main') {
  const event = pushEvent({ owner: OWNER, repo: REPO, before, after, ref })
  return { ...event, repository: { ...event.repository, default_branch: 'main' } }
}

describe.each(NODES)('the bundled action and the history ($label)', ({ index }) => {
  const node = () => nodeAt(index)
  const run = (eventName: string, payload: Record<string, unknown>, extra: Partial<RunActionOptions> = {}): Promise<ActionRun> =>
    runAction({
      node: node().path,
      workspace: repo.repo.dir,
      apiUrl: repo.fake.url,
      repository: `${OWNER}/${REPO}`,
      eventName,
      payload,
      ...extra,
    })

  beforeEach(async () => {
    repo = await prFixture({ [POLICY_PATH]: HISTORY_POLICY, [METRICS_PATH]: metrics(0.95, 90) })
    history = installFakeHistory(repo.fake, { owner: OWNER, repo: REPO })
    repo.fake.addToken(READ_ONLY, { login: BOT_LOGIN, installation: true, readOnly: true })
  })

  test('a push records one line on a new orphan branch; a second push a second line, over the first file’s SHA', async () => {
    const first = repo.commit({ [METRICS_PATH]: metrics(0.951, 95) })
    const one = await run('push', pushMain(repo.baseSha, first))
    expectRun(one, { code: 0, verdict: 'approved' })
    const afterOne = history.text(DATA)!
    const [entry] = parseHistory(afterOne).entries
    expect(parseHistory(afterOne).entries).toHaveLength(1)
    expect(entry).toMatchObject({
      v: 1,
      sha: first,
      model: 'default',
      verdict: 'approved',
      mode: 'enforce',
      metrics: { accuracy: 0.951, 'latency_ms.p95': 95 },
      limits: { accuracy: { better: 'higher', min: 0.9 }, 'latency_ms.p95': { better: 'lower', max: 120 } },
    })
    expect(Date.now() - Date.parse(entry!.time)).toBeLessThan(120_000)
    expect(history.branch(DATA)!.parents).toEqual([])
    expect([...history.branch(DATA)!.files.keys()]).toEqual(['history.jsonl'])
    expect(writes(repo).map((r) => `${r.method} ${r.status}`)).toEqual(['POST 201', 'POST 201', 'POST 201'])
    expect(one.stdout).toMatch(
      new RegExp(`model-gate history: recorded 1 entry for ${first.slice(0, 7)} in history.jsonl on branch ${DATA} \\(branch created\\)`),
    )

    repo.fake.setFiles(OWNER, REPO, first, repo.repo.files(first))
    const second = repo.commit({ [METRICS_PATH]: metrics(0.953, 93) })
    const two = await run('push', pushMain(first, second), { env: FAST })
    expectRun(two, { code: 0, verdict: 'approved' })
    const entries = parseHistory(history.text(DATA)!).entries
    expect(entries.map((e) => [e.sha, e.metrics.accuracy])).toEqual([
      [first, 0.951],
      [second, 0.953],
    ])
    const put = writes(repo).slice(3)
    expect(put.map((r) => `${r.method} ${r.status}`)).toEqual(['PUT 200'])
    expect((put[0]!.body as { sha: string; branch: string }).sha).toBe(blobSha(afterOne))
    expect((put[0]!.body as { branch: string }).branch).toBe(DATA)
    expect(history.branch(DATA)!.parents).toHaveLength(1)

    const again = await run('push', pushMain(first, second), { env: FAST })
    expectRun(again, { code: 0, verdict: 'approved' })
    expect(again.stdout).toContain(
      `model-gate history: ${second.slice(0, 7)} is already recorded in history.jsonl on branch ${DATA}; nothing to add.`,
    )
    expect(parseHistory(history.text(DATA)!).entries).toHaveLength(2)
  })

  test('a blocked push is recorded as blocked; a push to another branch is not recorded', async () => {
    const head = repo.commit({ [METRICS_PATH]: metrics(0.91, 92) })
    const blocked = await run('push', pushMain(repo.baseSha, head), { env: FAST })
    expectRun(blocked, { code: 1, verdict: 'blocked' })
    expect(parseHistory(history.text(DATA)!).entries.map((e) => e.verdict)).toEqual(['blocked'])

    const other = await run('push', pushMain(repo.baseSha, head, 'refs/heads/feature'), { env: FAST })
    expectRun(other, { code: 1, verdict: 'blocked' })
    expect(other.stdout).toContain(
      'model-gate history: this run is not recorded: the push is to `refs/heads/feature`, not the default branch `main`.',
    )
    expect(parseHistory(history.text(DATA)!).entries).toHaveLength(1)
  })

  test('a merge queue run records its head; the push of that same commit then adds nothing', async () => {
    const head = repo.commit({ [METRICS_PATH]: metrics(0.951, 95) })
    const event = mergeGroupEvent({ owner: OWNER, repo: REPO, baseSha: repo.baseSha, headSha: head })
    const queued = await run('merge_group', { ...event, repository: { ...event.repository, default_branch: 'main' } }, { env: FAST })
    expectRun(queued, { code: 0, verdict: 'approved' })
    expect(parseHistory(history.text(DATA)!).entries.map((e) => e.sha)).toEqual([head])
    const pushed = await run('push', pushMain(repo.baseSha, head), { env: FAST })
    expectRun(pushed, { code: 0, verdict: 'approved' })
    expect(pushed.stdout).toContain(`${head.slice(0, 7)} is already recorded`)
    expect(parseHistory(history.text(DATA)!).entries.map((e) => e.sha)).toEqual([head])
  })

  test('a concurrent writer: the 409 on the stale SHA is retried on a fresh read, both lines kept', async () => {
    const older = serializeEntry({
      v: 1,
      time: '2026-11-01T00:00:00.000Z',
      sha: 'a'.repeat(40),
      model: 'default',
      verdict: 'approved',
      mode: 'enforce',
      metrics: { accuracy: 0.95 },
    })
    const concurrent = serializeEntry({
      v: 1,
      time: '2026-11-02T00:00:00.000Z',
      sha: 'c'.repeat(40),
      model: 'default',
      verdict: 'approved',
      mode: 'enforce',
      metrics: { accuracy: 0.949 },
    })
    history.setFile(DATA, 'history.jsonl', `${older}\n`)
    history.concurrentWrite(concurrent)
    const head = repo.commit({ [METRICS_PATH]: metrics(0.951, 95) })
    const result = await run('push', pushMain(repo.baseSha, head), { env: FAST })
    expectRun(result, { code: 0, verdict: 'approved' })
    expect(history.conflicts).toBe(1)
    expect(parseHistory(history.text(DATA)!).entries.map((e) => e.sha)).toEqual(['a'.repeat(40), 'c'.repeat(40), head])
    expect(writes(repo).map((r) => `${r.method} ${r.status}`)).toEqual(['PUT 409', 'PUT 200'])
    expect(result.stdout).toMatch(/model-gate history: recorded 1 entry .* after 2 attempts\./)
    expect(workflowCommands(result.stdout, 'warning')).toEqual([])
  })

  test('a read-only token: a warning that names `contents: write`, nothing written, the verdict and exit unchanged', async () => {
    const head = repo.commit({ [METRICS_PATH]: metrics(0.951, 95) })
    const result = await run('push', pushMain(repo.baseSha, head), { token: READ_ONLY, env: FAST })
    expectRun(result, { code: 0, verdict: 'approved' })
    const warnings = workflowCommands(result.stdout, 'warning').map((w) => w.message)
    expect(warnings).toEqual([
      expect.stringMatching(
        /^model-gate history: The run was not recorded in the history history\.jsonl on branch model-gate-data of acme\/fraud-model: the token may not write .*`permissions: contents: write`/,
      ),
    ])
    expect(history.branch(DATA)).toBeUndefined()
    expect(writes(repo).every((r) => r.status === 403)).toBe(true)
  })

  test('a pull request: the comment’s trend from a history branch the test creates; the PR run writes nothing', async () => {
    const accuracy = [0.95, 0.956, 0.955, 0.953, 0.952, 0.951]
    const lines = accuracy.map((value, i): HistoryEntry => ({
      v: 1,
      time: `2026-11-0${i + 1}T12:00:00.000Z`,
      sha: `${i + 1}`.repeat(40),
      model: 'default',
      verdict: 'approved',
      mode: 'enforce',
      metrics: { accuracy: value, 'latency_ms.p95': 90 },
    }))
    history.setFile(DATA, 'history.jsonl', `${lines.map(serializeEntry).join('\n')}\n`)
    const head = repo.commit({ [METRICS_PATH]: metrics(0.95, 90) })
    const result = await repo.run(node(), head, { env: FAST })
    expectRun(result, { code: 0, verdict: 'approved' })
    const [comment] = repo.ours()
    // trend: 5 → the last five merges (0.956 … 0.951) and the PR (0.95): five drops in a row, (0.95 − 0.956) / 0.956 = −0.63%
    expect(comment!.body).toContain(
      '**Trend:** accuracy: 5th drop in a row, −0.6% over 5 merges · latency\\_ms.p95: unchanged over 5 merges',
    )
    expect(comment!.body).toContain('<summary>Trend over the last 5 merges (2 charts)</summary>')
    expect(comment!.body).toContain(
      '  x-axis ["2222222", "3333333", "4444444", "5555555", "6666666", "PR"]\n  y-axis "accuracy" 0.8944 --> 0.9616\n  line [0.956, 0.955, 0.953, 0.952, 0.951, 0.95]\n  line [0.9, 0.9, 0.9, 0.9, 0.9, 0.9]',
    )
    expect(renderGfm(comment!.body).match(/<pre><code class="language-mermaid">xychart-beta\n/g)).toHaveLength(2)
    expect(result.summary).toContain('**Trend:** accuracy: 5th drop in a row')
    expect(writes(repo)).toEqual([])
    expect(history.text(DATA)!.split('\n')).toHaveLength(7)
  })

  test('no history yet: the comment has no trend section and is the comment of a policy without `history:`', async () => {
    const head = repo.commit({ [METRICS_PATH]: metrics(0.95, 90) })
    const result = await repo.run(node(), head, { env: FAST })
    expectRun(result, { code: 0, verdict: 'approved' })
    const [comment] = repo.ours()
    expect(comment!.body).not.toMatch(/Trend|mermaid|<details>/)
    expect(workflowCommands(result.stdout, 'warning')).toEqual([])
    expect(repo.fake.requests.filter((r) => r.path.endsWith('/contents/history.jsonl')).map((r) => `${r.query.ref} ${r.status}`)).toEqual([
      `${DATA} 404`,
    ])

    const plain = await prFixture({ [POLICY_PATH]: POLICY, [METRICS_PATH]: metrics(0.95, 90) })
    try {
      const plainHead = plain.commit({ [METRICS_PATH]: metrics(0.95, 90) })
      await plain.run(node(), plainHead, { env: FAST })
      const strip = (body: string, url: string) =>
        body
          .replaceAll(url, 'URL')
          .replace(/[0-9a-f]{40}/g, 'SHA')
          .replace(/`[0-9a-f]{7}`/g, '`SHA7`')
      expect(strip(comment!.body, repo.fake.url)).toBe(strip(plain.ours()[0]!.body, plain.fake.url))
      expect(plain.fake.requests.filter((r) => r.path.includes('history'))).toEqual([])
    } finally {
      await plain.close()
    }
  })
})
