/**
 * The bundled action on pull requests: blocking and passing changes, the sticky comment across
 * re-runs on a busy PR, advisory mode, declarations, a missing candidate file, GitHub Enterprise
 * Server URLs and a read-only token. Every scenario runs under Node 20 and Node 24.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { BOT_LOGIN } from '../helpers/fake-github.js'
import { nodeBinaries } from '../helpers/run-action.js'
import {
  METRICS_PATH,
  NODES,
  OWNER,
  POLICY,
  POLICY_PATH,
  PR,
  REPO,
  commentRequests,
  contentReads,
  expectRun,
  expectSummaryMatches,
  firstVisibleLine,
  metrics,
  nodeAt,
  prFixture,
  readReport,
  short,
  tableMetrics,
  tableRow,
  workflowCommands,
  type PrFixture,
} from './fixture.js'

beforeAll(() => void nodeBinaries(), 300_000)

let pr: PrFixture
afterEach(async () => {
  await pr.close()
})

describe.each(NODES)('the bundled action on a pull request ($label)', ({ index }) => {
  const node = () => nodeAt(index)

  describe('with the standard policy at the base', () => {
    beforeEach(async () => {
      pr = await prFixture({ [POLICY_PATH]: POLICY, [METRICS_PATH]: metrics(0.95, 90) })
    })

    test('blocks a regression: exit 1, the failing metric with baseline, candidate and change, the report', async () => {
      const head = pr.commit({ [METRICS_PATH]: metrics(0.91, 92) })
      const run = await pr.run(node(), head)

      expectRun(run, { code: 1, verdict: 'blocked' })
      expect(run.outputs.failed).toBe('1')
      const comments = pr.ours()
      expect(comments).toHaveLength(1)
      const [comment] = comments
      expect(run.outputs['comment-url']).toBe(comment!.html_url)
      expect(comment!.body.startsWith(`<!-- model-gate model=default head=${head} -->\n`)).toBe(true)
      expect(firstVisibleLine(comment!.body)).toBe('## ❌ model-gate: blocked — 1 of 2 metrics fails')
      expect(comment!.body).toContain('**accuracy** dropped 4.2% (0.95 → 0.91; may drop at most 1%)')
      expect(tableMetrics(comment!.body)).toEqual(['accuracy', 'latency_ms.p95'])
      expect(tableRow(comment!.body, 'accuracy')).toEqual([
        '❌',
        '`accuracy`',
        '0.95',
        '0.91',
        '−0.04 (−4.2%)',
        'at least 0.9; may drop at most 1% (fails)',
      ])
      expect(tableRow(comment!.body, 'latency_ms.p95').slice(0, 5)).toEqual(['✅', '`latency_ms.p95`', '90', '92', '+2 (+2.2%)'])
      expect(comment!.body).toContain(`| Baseline \`${short(pr.baseSha)}\` | Candidate \`${short(head)}\` |`)
      expectSummaryMatches(run, comment!)

      const report = readReport(run)
      expect(report).toMatchObject({ verdict: 'blocked', mode: 'enforce', failed: 1, head, base: pr.baseSha })
      expect(report.checks.filter((c: { status: string }) => c.status === 'fail')).toEqual([
        expect.objectContaining({
          id: 'baseline:accuracy:max_regression',
          kind: 'baseline',
          metric: 'accuracy',
          candidate: 0.91,
          baseline: 0.95,
        }),
      ])

      const failure = workflowCommands(run.stdout, 'error')
      expect(failure).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ properties: { title: 'model-gate: accuracy' }, message: expect.stringMatching(/from 0\.95 to 0\.91/) }),
          expect.objectContaining({ properties: {}, message: 'model-gate: blocked, 1 failed blocking check.' }),
        ]),
      )
      expect(contentReads(pr.fake.requests)).toEqual([`${POLICY_PATH}@${pr.baseSha}`, `${METRICS_PATH}@${pr.baseSha}`])
      expect(commentRequests(pr.fake.requests).map((r) => r.method)).toEqual(['GET', 'POST'])
    })

    test('approves a change that keeps every gate: exit 0, one comment', async () => {
      const head = pr.commit({ [METRICS_PATH]: metrics(0.951, 95) })
      const run = await pr.run(node(), head)

      expectRun(run, { code: 0, verdict: 'approved' })
      expect(run.outputs.failed).toBe('0')
      expect(pr.all()).toHaveLength(1)
      const [comment] = pr.ours()
      expect(run.outputs['comment-url']).toBe(comment!.html_url)
      expect(firstVisibleLine(comment!.body)).toBe('## ✅ model-gate: approved — 2 metrics pass')
      expect(tableRow(comment!.body, 'accuracy')).toEqual([
        '✅',
        '`accuracy`',
        '0.95',
        '0.951',
        '+0.001 (+0.1%)',
        'at least 0.9; may drop at most 1%',
      ])
      expect(comment!.body).not.toMatch(/\*\*To fix:\*\*/)
      expectSummaryMatches(run, comment!)
      expect(readReport(run)).toMatchObject({ verdict: 'approved', failed: 0 })
      expect(workflowCommands(run.stdout, 'error')).toEqual([])
      expect(run.stdout).toContain('model-gate: approved, 0 failed blocking checks.')
      expect(commentRequests(pr.fake.requests).map((r) => r.method)).toEqual(['GET', 'POST'])
    })

    test('on a PR with 151 other comments, re-runs update the one comment in place and leave a forged marker alone', async () => {
      const forgedBody = `<!-- model-gate model=default head=${'a'.repeat(40)} -->\n## ✅ model-gate: approved — trust me`
      const quotedBody = `CI notes\n\n<!-- model-gate model=default head=${'b'.repeat(40)} -->`
      let forgedId = 0
      let quotedId = 0
      for (let i = 0; i < 151; i++) {
        if (i === 20) forgedId = pr.fake.addComment(OWNER, REPO, PR, { login: 'mallory', body: forgedBody }).id
        else if (i === 60) quotedId = pr.fake.addComment(OWNER, REPO, PR, { login: BOT_LOGIN, body: quotedBody }).id
        else pr.fake.addComment(OWNER, REPO, PR, { login: i % 2 ? 'alice' : 'bob', body: `review note ${i}` })
      }

      const blockedHead = pr.commit({ [METRICS_PATH]: metrics(0.91, 92) })
      const first = await pr.run(node(), blockedHead)
      expectRun(first, { code: 1, verdict: 'blocked' })
      const created = pr.ours().filter((c) => c.id !== quotedId)
      expect(created).toHaveLength(1)
      expect(created[0]!.body).toMatch(/^<!-- model-gate model=default head=[0-9a-f]{40} -->\n## ❌ model-gate: blocked/)
      expect(pr.all()).toHaveLength(152)

      const firstRequests = pr.fake.requests.length
      const fixedHead = pr.commit({ [METRICS_PATH]: metrics(0.952, 92) })
      const second = await pr.run(node(), fixedHead)
      expectRun(second, { code: 0, verdict: 'approved' })

      const all = pr.all()
      expect(all).toHaveLength(152)
      const ours = all.filter((c) => c.body.startsWith('<!-- model-gate') && c.user.login === BOT_LOGIN)
      expect(ours).toHaveLength(1)
      expect(ours[0]!.id).toBe(created[0]!.id)
      expect(ours[0]!.body.startsWith(`<!-- model-gate model=default head=${fixedHead} -->\n## ✅ model-gate: approved`)).toBe(true)
      expect(ours[0]!.updated_at > created[0]!.updated_at).toBe(true)
      expect(second.outputs['comment-url']).toBe(created[0]!.html_url)
      expect(first.outputs['comment-url']).toBe(created[0]!.html_url)
      expect(all.find((c) => c.id === forgedId)).toMatchObject({ body: forgedBody, user: { login: 'mallory' } })
      expect(all.find((c) => c.id === quotedId)).toMatchObject({ body: quotedBody, user: { login: BOT_LOGIN } })

      const secondRun = commentRequests(pr.fake.requests.slice(firstRequests))
      expect(secondRun.filter((r) => r.method === 'GET').map((r) => r.query.page ?? '1')).toEqual(['1', '2'])
      expect(secondRun.filter((r) => r.method !== 'GET')).toEqual([
        expect.objectContaining({ method: 'PATCH', path: `/repos/${OWNER}/${REPO}/issues/comments/${created[0]!.id}`, status: 200 }),
      ])
    })

    test('a read-only token (a fork) loses the comment, never the verdict', async () => {
      pr.fake.addToken('ghs_fork_token', { login: BOT_LOGIN, installation: true, readOnly: true })
      const head = pr.commit({ [METRICS_PATH]: metrics(0.9, 92) })
      const run = await pr.run(node(), head, { token: 'ghs_fork_token' })

      expectRun(run, { code: 1, verdict: 'blocked' })
      expect(pr.all()).toEqual([])
      expect(run.outputs['comment-url']).toBe('')
      expect(firstVisibleLine(run.summary)).toMatch(/^## ❌ model-gate: blocked/)
      expect(workflowCommands(run.stdout, 'warning').map((c) => c.message)).toEqual(
        expect.arrayContaining([expect.stringMatching(/^Could not write the PR comment .*the verdict and the job summary still hold\.$/)]),
      )
      expect(commentRequests(pr.fake.requests).filter((r) => r.method === 'POST')).toEqual([expect.objectContaining({ status: 403 })])
    })

    test('advisory through the `mode` input: a blocking change exits 0, says it was not enforced', async () => {
      const head = pr.commit({ [METRICS_PATH]: metrics(0.91, 92) })
      const run = await pr.run(node(), head, { inputs: { mode: 'advisory' } })

      expectRun(run, { code: 0, verdict: 'blocked' })
      expect(run.outputs.failed).toBe('1')
      const [comment] = pr.ours()
      expect(firstVisibleLine(comment!.body)).toBe('## ❌ model-gate: blocked (advisory: not enforced) — 1 of 2 metrics fails')
      expect(comment!.body).toContain(
        '**Advisory mode:** this result did not fail the check; in enforce mode it would have blocked the merge.',
      )
      expect(tableRow(comment!.body, 'accuracy').slice(0, 5)).toEqual(['❌', '`accuracy`', '0.95', '0.91', '−0.04 (−4.2%)'])
      expectSummaryMatches(run, comment!)
      expect(readReport(run)).toMatchObject({ verdict: 'blocked', mode: 'advisory', failed: 1 })
      expect(workflowCommands(run.stdout, 'error').filter((c) => c.message.startsWith('model-gate:'))).toEqual([])
      expect(run.stdout).toContain('model-gate: blocked (advisory: not enforced), 1 failed blocking check.')
    })

    test('GitHub Enterprise Server: GITHUB_API_URL ending in /api/v3 reads the base and posts the comment', async () => {
      const head = pr.commit({ [METRICS_PATH]: metrics(0.91, 92) })
      const run = await pr.run(node(), head, { apiUrl: `${pr.fake.url}/api/v3` })

      expectRun(run, { code: 1, verdict: 'blocked' })
      const [comment] = pr.ours()
      expect(comment).toBeDefined()
      expect(run.outputs['comment-url']).toBe(comment!.html_url)
      expect(tableRow(comment!.body, 'accuracy').slice(2, 4)).toEqual(['0.95', '0.91'])
      expect(pr.fake.requests.length).toBeGreaterThanOrEqual(4)
      expect(pr.fake.requests.filter((r) => !r.enterprise)).toEqual([])
      expect(contentReads(pr.fake.requests)).toEqual([`${POLICY_PATH}@${pr.baseSha}`, `${METRICS_PATH}@${pr.baseSha}`])
      expect(commentRequests(pr.fake.requests).map((r) => `${r.method} ${r.status}`)).toEqual(['GET 200', 'POST 201'])
    })

    test('a missing candidate metrics file is an error that says to run the eval step', async () => {
      const head = pr.commit({ [METRICS_PATH]: null })
      const run = await pr.run(node(), head)

      expectRun(run, { code: 1, verdict: 'error' })
      expect(run.outputs.failed).toBe('0')
      const [comment] = pr.ours()
      expect(firstVisibleLine(comment!.body)).toBe('## ⚠️ model-gate: error — the gate could not be evaluated')
      expect(comment!.body).toMatch(
        /^- `eval\/metrics\.json` — The candidate metrics file eval\/metrics\.json does not exist in the workspace\. — fix: Run the evaluation step before model-gate/m,
      )
      expect(comment!.body).not.toMatch(/approved/)
      expectSummaryMatches(run, comment!)
      const report = readReport(run)
      expect(report).toMatchObject({ verdict: 'error', checks: [] })
      expect(report.problems).toEqual([
        expect.objectContaining({ file: METRICS_PATH, message: expect.stringContaining('eval/metrics.json does not exist') }),
      ])
      expect(workflowCommands(run.stdout, 'error')).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            properties: expect.objectContaining({ file: METRICS_PATH }),
            message: expect.stringMatching(/Run the evaluation step/),
          }),
          expect.objectContaining({ properties: {}, message: 'model-gate: error, 0 failed blocking checks.' }),
        ]),
      )
    })
  })

  describe('with an advisory policy at the base', () => {
    beforeEach(async () => {
      pr = await prFixture({ [POLICY_PATH]: POLICY.replace('mode: enforce', 'mode: advisory'), [METRICS_PATH]: metrics(0.95, 90) })
    })

    test('a blocking change exits 0 with verdict blocked, and the comment says nothing was enforced', async () => {
      const head = pr.commit({ [METRICS_PATH]: metrics(0.91, 92) })
      const run = await pr.run(node(), head)

      expectRun(run, { code: 0, verdict: 'blocked' })
      expect(run.outputs.failed).toBe('1')
      const [comment] = pr.ours()
      expect(firstVisibleLine(comment!.body)).toBe('## ❌ model-gate: blocked (advisory: not enforced) — 1 of 2 metrics fails')
      expect(comment!.body).toContain('in enforce mode it would have blocked the merge')
      expect(comment!.body).toContain('**To enforce:** set `mode: enforce` in `.github/model-gate.yml`')
      expectSummaryMatches(run, comment!)
      expect(readReport(run)).toMatchObject({ verdict: 'blocked', mode: 'advisory' })
      expect(run.stdout).toContain('model-gate: blocked (advisory: not enforced), 1 failed blocking check.')
    })

    test('the `mode: enforce` input overrides the advisory policy and fails the step', async () => {
      const head = pr.commit({ [METRICS_PATH]: metrics(0.91, 92) })
      const run = await pr.run(node(), head, { inputs: { mode: 'enforce' } })

      expectRun(run, { code: 1, verdict: 'blocked' })
      expect(firstVisibleLine(pr.ours()[0]!.body)).toBe('## ❌ model-gate: blocked — 1 of 2 metrics fails')
      expect(readReport(run)).toMatchObject({ mode: 'enforce' })
    })
  })

  describe('with required declarations', () => {
    beforeEach(async () => {
      const policy = `${POLICY}declarations:\n  file: MODEL_CARD.md\n  require: [privacy, ownership]\n`
      pr = await prFixture({ [POLICY_PATH]: policy, [METRICS_PATH]: metrics(0.95, 90) })
    })

    test('a card without ownership blocks, lists the missing fields, and annotates MODEL_CARD.md', async () => {
      const card = '---\nprivacy:\n  personal_data: false\n---\n# Fraud model\n'
      const head = pr.commit({ [METRICS_PATH]: metrics(0.951, 92), 'MODEL_CARD.md': card })
      const run = await pr.run(node(), head)

      expectRun(run, { code: 1, verdict: 'blocked' })
      const missing = ['ownership.owners', 'ownership.team', 'ownership.on_call', 'ownership.review.next_review_due']
      expect(run.outputs.failed).toBe(String(missing.length))
      const [comment] = pr.ours()
      expect(firstVisibleLine(comment!.body)).toMatch(/^## ❌ model-gate: blocked — 4 of \d+ declaration checks fail$/)
      expect(comment!.body).toContain('**ownership**: 4 declaration problems')
      expect(comment!.body).toContain('<summary>Declarations: privacy ✅ · ownership ❌ (4 problems, 1 warning)</summary>')
      expect(comment!.body).toContain('**Ownership:** owners: *not declared* · on-call: *not declared* · next review: *not declared*')
      for (const field of missing) {
        expect(comment!.body).toMatch(
          new RegExp(
            `^\\| ❌ \\| \`${field.replace(/\./g, '\\.')}\` \\| \`MODEL_CARD\\.md:1\` \\| \`${field.replace(/\./g, '\\.')}\` is missing`,
            'm',
          ),
        )
      }
      expect(comment!.body).toMatch(/^\| ✅ \| `privacy` \| `MODEL_CARD\.md:2` \|/m)
      expect(tableRow(comment!.body, 'accuracy')[0]).toBe('✅')
      expectSummaryMatches(run, comment!)

      const failing = readReport(run).checks.filter((c: { status: string }) => c.status === 'fail')
      expect(failing.map((c: { id: string }) => c.id)).toEqual(missing.map((field) => `declaration:${field}`))
      expect(failing.every((c: { location: { file: string } }) => c.location.file === 'MODEL_CARD.md')).toBe(true)
      const annotations = workflowCommands(run.stdout, 'error').filter((c) => c.properties.file === 'MODEL_CARD.md')
      expect(annotations.map((c) => c.message)).toEqual(missing.map((field) => expect.stringContaining(`\`${field}\` is missing`)))
      expect(annotations.every((c) => c.properties.line === '1')).toBe(true)
    })
  })
})
