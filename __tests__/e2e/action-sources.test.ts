/**
 * Where the bundled action reads the base commit: through the REST contents API when the checkout
 * is shallow (actions/checkout's default), with git when the API fails and the history has the
 * base, and never an approval when neither works. Every scenario runs under Node 20 and Node 24.
 *
 * A failing contents API is retried with backoff (about 14 s per file), so those runs are concurrent.
 */
import { describe, expect, test } from '@jest/globals'
import type { FakeGitHub } from '../helpers/fake-github.js'
import {
  METRICS_PATH,
  NODES,
  POLICY,
  POLICY_PATH,
  contentReads,
  expectRun,
  expectSummaryMatches,
  firstVisibleLine,
  metrics,
  nodeAt,
  prFixture,
  readReport,
  shallowClone,
  short,
  tableRow,
  workflowCommands,
  type PrFixture,
} from './fixture.js'

/** The PR's copy of the policy: it drops the regression limit and lowers the floor to 0.80. */
const LOOSENED = POLICY.replace('min: 0.90\n    max_regression: 1%', 'min: 0.80')
/** A contents API that answers 500 to every request. */
const breakContents = (fake: FakeGitHub): void => fake.failNext('GET', /\/contents\//, 500, {}, { message: 'Server Error' }, 1000)
const SLOW_RUN_MS = 150_000

/** A PR whose base holds accuracy 0.95 and whose head loosens the policy and drops to 0.91. */
async function loosenedPr(): Promise<{ pr: PrFixture; head: string }> {
  const pr = await prFixture({ [POLICY_PATH]: POLICY, [METRICS_PATH]: metrics(0.95, 90) })
  const head = pr.commit({ [POLICY_PATH]: LOOSENED, [METRICS_PATH]: metrics(0.91, 92) })
  return { pr, head }
}

/**
 * Every contents request answered 500, each file was retried, and each file's backoff started
 * afresh: its first retry came about 1 s after its first attempt, not after the previous file's
 * grown backoff (25 s, when the retry count leaked from one request to the next).
 */
function expectContentsRetried(fake: FakeGitHub, paths: string[], baseSha: string): void {
  const contents = fake.requests.filter((r) => r.path.includes('/contents/'))
  expect(contents.map((r) => r.status).filter((status) => status !== 500)).toEqual([])
  expect([...new Set(contentReads(contents))]).toEqual(paths.map((path) => `${path}@${baseSha}`))
  for (const path of paths) {
    const attempts = contents.filter((r) => r.path.endsWith(`/contents/${path}`)).map((r) => r.at)
    expect(attempts.length).toBeGreaterThan(1)
    expect(attempts[1]! - attempts[0]!).toBeLessThan(3_000)
  }
}

describe.each(NODES)('the bundled action reading the base commit ($label)', ({ index }) => {
  const node = () => nodeAt(index)

  test('a shallow checkout without the base commit: policy and baseline come from the contents API', async () => {
    const { pr, head } = await loosenedPr()
    const checkout = shallowClone(pr.repo, 'feature')
    try {
      expect(checkout.has(head)).toBe(true)
      expect(checkout.has(pr.baseSha)).toBe(false)
      const run = await pr.run(node(), head, { workspace: checkout.dir })

      expectRun(run, { code: 1, verdict: 'blocked' })
      const [comment] = pr.ours()
      expect(tableRow(comment!.body, 'accuracy')).toEqual([
        '❌',
        '`accuracy`',
        '0.95',
        '0.91',
        '−0.04 (−4.2%)',
        'at least 0.9; may drop at most 1% (fails)',
      ])
      expect(comment!.body).toContain(`| Baseline \`${short(pr.baseSha)}\` | Candidate \`${short(head)}\` |`)
      expect(comment!.body).toContain(`Policy \`.github/model-gate.yml\` read at base [\`${short(pr.baseSha)}\`]`)
      expect(comment!.body).toContain('- **loosens** `accuracy`: min lowered from 0.9 to 0.8')
      expectSummaryMatches(run, comment!)
      expect(readReport(run)).toMatchObject({
        base: pr.baseSha,
        policy: { source: 'base', sha: pr.baseSha },
        baseline: { source: 'base', sha: pr.baseSha, path: METRICS_PATH },
      })
      expect(contentReads(pr.fake.requests)).toEqual([`${POLICY_PATH}@${pr.baseSha}`, `${METRICS_PATH}@${pr.baseSha}`])
      expect(workflowCommands(run.stdout, 'warning')).toEqual([])
    } finally {
      checkout.remove()
      await pr.close()
    }
  })
})

/** Concurrent: each run sits out the client's retry backoff (1 s, 4 s, 9 s per file). */
describe('the bundled action when the contents API answers 500 to everything', () => {
  test.concurrent.each(NODES)(
    'the base in the git history: falls back to git, same verdict ($label)',
    async ({ index }) => {
      const { pr, head } = await loosenedPr()
      try {
        breakContents(pr.fake)
        const run = await pr.run(nodeAt(index), head, { timeoutMs: SLOW_RUN_MS })

        expectRun(run, { code: 1, verdict: 'blocked' })
        const [comment] = pr.ours()
        expect(tableRow(comment!.body, 'accuracy')).toEqual([
          '❌',
          '`accuracy`',
          '0.95',
          '0.91',
          '−0.04 (−4.2%)',
          'at least 0.9; may drop at most 1% (fails)',
        ])
        expect(comment!.body).toContain(`Policy \`.github/model-gate.yml\` read at base [\`${short(pr.baseSha)}\`]`)
        expect(comment!.body).toContain('- **loosens** `accuracy`: min lowered from 0.9 to 0.8')
        expect(readReport(run)).toMatchObject({
          policy: { source: 'base', sha: pr.baseSha },
          baseline: { source: 'base', sha: pr.baseSha },
        })
        expect(workflowCommands(run.stdout, 'warning').map((c) => c.message)).toEqual([
          expect.stringMatching(
            /^Could not read \.github\/model-gate\.yml from base [0-9a-f]{7} \(GitHub API\) \(.*Server Error\); reading it with git instead\.$/,
          ),
          expect.stringMatching(
            /^Could not read eval\/metrics\.json from base [0-9a-f]{7} \(GitHub API\) \(.*Server Error\); reading it with git instead\.$/,
          ),
        ])
        expectContentsRetried(pr.fake, [POLICY_PATH, METRICS_PATH], pr.baseSha)
      } finally {
        await pr.close()
      }
    },
    SLOW_RUN_MS + 30_000,
  )

  test.concurrent.each(NODES)(
    'a shallow checkout as well: error, never approved ($label)',
    async ({ index }) => {
      const pr = await prFixture({ [POLICY_PATH]: POLICY, [METRICS_PATH]: metrics(0.95, 90) })
      const head = pr.commit({ [METRICS_PATH]: metrics(0.96, 80) })
      const checkout = shallowClone(pr.repo, 'feature')
      try {
        breakContents(pr.fake)
        const run = await pr.run(nodeAt(index), head, { workspace: checkout.dir, timeoutMs: SLOW_RUN_MS })

        expectRun(run, { code: 1, verdict: 'error' })
        const [comment] = pr.ours()
        expect(firstVisibleLine(comment!.body)).toBe('## ⚠️ model-gate: error — the gate could not be evaluated')
        expect(comment!.body).toMatch(
          /^- `\.github\/model-gate\.yml` — Could not read \.github\/model-gate\.yml at acme\/fraud-model@\u2060?[0-9a-f]{12} from the GitHub API: Server Error$/m,
        )
        expect(comment!.body).toContain('until then the gate fails closed')
        expect(comment!.body).not.toMatch(/approved/)
        const report = readReport(run)
        expect(report).toMatchObject({ verdict: 'error', checks: [] })
        expect(report.problems).toEqual([
          expect.objectContaining({
            file: POLICY_PATH,
            message: expect.stringMatching(/^Could not read \.github\/model-gate\.yml at .* from the GitHub API: Server Error$/),
          }),
        ])
        expect(workflowCommands(run.stdout, 'error')).toEqual(
          expect.arrayContaining([
            expect.objectContaining({
              properties: expect.objectContaining({ file: POLICY_PATH }),
              message: expect.stringContaining('Server Error'),
            }),
          ]),
        )
        // the baseline the PR's copy of the policy names was asked for too, in parallel with the policy
        expectContentsRetried(pr.fake, [POLICY_PATH, METRICS_PATH], pr.baseSha)
      } finally {
        checkout.remove()
        await pr.close()
      }
    },
    SLOW_RUN_MS + 30_000,
  )
})
