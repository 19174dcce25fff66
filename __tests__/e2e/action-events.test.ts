/**
 * The bundled action outside pull requests: `push` (baseline = `before`, and a branch's first
 * push), `merge_group` (the queue's base) and `workflow_dispatch` (no base commit). None of them
 * has a PR to comment on: the job summary, outputs and exit status carry the result.
 * Every scenario runs under Node 20 and Node 24.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { mergeGroupEvent, pushEvent, workflowDispatchEvent } from '../helpers/events.js'
import { nodeBinaries, runAction, type ActionRun, type RunActionOptions } from '../helpers/run-action.js'
import {
  METRICS_PATH,
  NODES,
  OWNER,
  POLICY,
  POLICY_PATH,
  REPO,
  commentRequests,
  contentReads,
  expectRun,
  firstVisibleLine,
  metrics,
  nodeAt,
  prFixture,
  readReport,
  short,
  tableRow,
  type PrFixture,
} from './fixture.js'

beforeAll(() => void nodeBinaries(), 300_000)

const ZERO_SHA = '0'.repeat(40)
const FILE_BASELINE_POLICY = POLICY.replace('baseline:\n  source: base\n', 'baseline:\n  source: file\n  file: eval/baseline.json\n')

/** A branch whose previous commit (`before`, mirrored into the fake) holds accuracy 0.95; the new one 0.91. */
let repo: PrFixture
let before: string
let after: string
afterEach(async () => {
  await repo.close()
})

function runEvent(
  index: number,
  eventName: string,
  payload: Record<string, unknown>,
  extra: Partial<RunActionOptions> = {},
): Promise<ActionRun> {
  return runAction({
    node: nodeAt(index).path,
    workspace: repo.repo.dir,
    apiUrl: repo.fake.url,
    repository: `${OWNER}/${REPO}`,
    eventName,
    payload,
    ...extra,
  })
}

/** No PR: the API saw no comment traffic and no identity lookup, and the outputs say no comment was written. */
function expectNoComment(run: ActionRun, eventName: string): void {
  expect(run.outputs['comment-url']).toBe('')
  expect(commentRequests(repo.fake.requests)).toEqual([])
  expect(repo.fake.requests.filter((r) => r.path === '/user')).toEqual([])
  expect(run.stdout).toContain(`No pull request in a \`${eventName}\` event: the result is in the job summary, not a comment.`)
}

describe.each(NODES)('the bundled action on other events ($label)', ({ index }) => {
  describe('with the standard policy', () => {
    beforeEach(async () => {
      repo = await prFixture({ [POLICY_PATH]: POLICY, [METRICS_PATH]: metrics(0.95, 90) })
      before = repo.baseSha
      after = repo.commit({ [METRICS_PATH]: metrics(0.91, 92) })
    })

    test('push: compares with `before`, blocks the regression, writes the summary and no comment', async () => {
      const run = await runEvent(index, 'push', pushEvent({ owner: OWNER, repo: REPO, before, after }))

      expectRun(run, { code: 1, verdict: 'blocked' })
      expect(run.outputs.failed).toBe('1')
      expectNoComment(run, 'push')
      expect(firstVisibleLine(run.summary)).toBe('## ❌ model-gate: blocked — 1 of 2 metrics fails')
      expect(run.summary).not.toContain('<!-- model-gate')
      expect(tableRow(run.summary, 'accuracy')).toEqual([
        '❌',
        '`accuracy`',
        '0.95',
        '0.91',
        '−0.04 (−4.2%)',
        'at least 0.9; may drop at most 1% (fails)',
      ])
      expect(run.summary).toContain(`| Baseline \`${short(before)}\` | Candidate \`${short(after)}\` |`)
      expect(readReport(run)).toMatchObject({ verdict: 'blocked', head: after, base: before, baseline: { source: 'base', sha: before } })
      expect(contentReads(repo.fake.requests)).toEqual([`${POLICY_PATH}@${before}`, `${METRICS_PATH}@${before}`])
    })

    test("push: a branch's first push (before = 000…0) has no baseline; thresholds still decide", async () => {
      const run = await runEvent(index, 'push', pushEvent({ owner: OWNER, repo: REPO, before: ZERO_SHA, after }))

      expectRun(run, { code: 0, verdict: 'approved' })
      expectNoComment(run, 'push')
      expect(repo.fake.requests).toEqual([])
      expect(firstVisibleLine(run.summary)).toBe('## ✅ model-gate: approved — 1 metric passes, 1 not evaluated')
      expect(tableRow(run.summary, 'accuracy')).toEqual([
        '➖',
        '`accuracy`',
        '—',
        '0.91',
        '—',
        'at least 0.9; may drop at most 1% (not evaluated)',
      ])
      expect(run.summary).toContain('- ➖ `accuracy`: not evaluated: This push has no previous commit to compare with')
      expect(run.summary).toContain('This push has no previous commit to compare with; the workspace copy of the policy was used.')
      const report = readReport(run)
      expect(report).toMatchObject({
        verdict: 'approved',
        base: null,
        policy: { source: 'workspace', sha: after },
        baseline: { source: 'none' },
      })
      expect(report.checks.find((c: { id: string }) => c.id === 'baseline:accuracy:max_regression')).toMatchObject({
        status: 'not_evaluated',
      })
    })

    test('push: a first push that breaks a threshold is still blocked', async () => {
      const low = repo.commit({ [METRICS_PATH]: metrics(0.85, 92) })
      const run = await runEvent(index, 'push', pushEvent({ owner: OWNER, repo: REPO, before: ZERO_SHA, after: low }))

      expectRun(run, { code: 1, verdict: 'blocked' })
      expect(tableRow(run.summary, 'accuracy').slice(0, 4)).toEqual(['❌', '`accuracy`', '—', '0.85'])
    })

    test("merge_group: compares with the queue's base_sha and blocks the regression", async () => {
      const run = await runEvent(index, 'merge_group', mergeGroupEvent({ owner: OWNER, repo: REPO, baseSha: before, headSha: after }))

      expectRun(run, { code: 1, verdict: 'blocked' })
      expectNoComment(run, 'merge_group')
      expect(tableRow(run.summary, 'accuracy').slice(0, 5)).toEqual(['❌', '`accuracy`', '0.95', '0.91', '−0.04 (−4.2%)'])
      expect(readReport(run)).toMatchObject({ verdict: 'blocked', head: after, base: before, policy: { source: 'base', sha: before } })
      expect(contentReads(repo.fake.requests)).toEqual([`${POLICY_PATH}@${before}`, `${METRICS_PATH}@${before}`])
    })

    test('workflow_dispatch: no base commit, so baseline rules are not evaluated and the API is not read', async () => {
      const run = await runEvent(index, 'workflow_dispatch', workflowDispatchEvent({ owner: OWNER, repo: REPO }), { sha: after })

      expectRun(run, { code: 0, verdict: 'approved' })
      expectNoComment(run, 'workflow_dispatch')
      expect(repo.fake.requests).toEqual([])
      expect(tableRow(run.summary, 'accuracy')[0]).toBe('➖')
      expect(run.summary).toContain('not evaluated: A `workflow_dispatch` run has no base commit to compare with')
      expect(readReport(run)).toMatchObject({ head: after, base: null, policy: { source: 'workspace' }, baseline: { source: 'none' } })
    })
  })

  describe('with `baseline.source: file`', () => {
    beforeEach(async () => {
      repo = await prFixture({ [POLICY_PATH]: FILE_BASELINE_POLICY, 'eval/baseline.json': metrics(0.95, 90) })
      before = repo.baseSha
      after = repo.commit({ [METRICS_PATH]: metrics(0.91, 92) })
    })

    test('workflow_dispatch: the baseline file is read from the checkout and the regression blocks', async () => {
      const run = await runEvent(index, 'workflow_dispatch', workflowDispatchEvent({ owner: OWNER, repo: REPO }), { sha: after })

      expectRun(run, { code: 1, verdict: 'blocked' })
      expectNoComment(run, 'workflow_dispatch')
      expect(tableRow(run.summary, 'accuracy')).toEqual([
        '❌',
        '`accuracy`',
        '0.95',
        '0.91',
        '−0.04 (−4.2%)',
        'at least 0.9; may drop at most 1% (fails)',
      ])
      expect(run.summary).toContain('There is no base commit; the baseline file was read from the workspace.')
      expect(readReport(run)).toMatchObject({
        verdict: 'blocked',
        base: null,
        baseline: { source: 'workspace', path: 'eval/baseline.json', sha: after },
      })
    })
  })
})
