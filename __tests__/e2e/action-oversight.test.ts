/**
 * Human oversight through the bundled action (issue 11, docs/oversight.md): overrides by a listed
 * user, a team member and a maintainer; labels that do not count (an outsider, the PR's author, no
 * reason, an error verdict); an override that a later push outgrows; the label's latest event
 * deciding; reviews; a check run with annotations; and a read-only token with every feature on.
 * Every scenario runs under Node 20 and Node 24.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { BOT_LOGIN } from '../helpers/fake-github.js'
import { addOversight, type FakeOversight } from '../helpers/fake-oversight.js'
import { nodeBinaries } from '../helpers/run-action.js'
import { parseOverrideState } from '../../src/core/override-state.js'
import {
  METRICS_PATH,
  NODES,
  OWNER,
  POLICY,
  POLICY_PATH,
  PR,
  REPO,
  expectRun,
  expectSummaryMatches,
  firstVisibleLine,
  lineOf,
  metrics,
  nodeAt,
  prFixture,
  readReport,
  workflowCommands,
  type PrFixture,
} from './fixture.js'

beforeAll(() => void nodeBinaries(), 300_000)

const LABEL = 'model-gate/override'
const WITH_APPROVERS = `${POLICY}override:\n  label: ${LABEL}\n  approvers: ["@acme/ml-leads", "dana"]\n  require_reason: true\n`
const MAINTAINERS = `${POLICY}override:\n  require_reason: true\n`
const REASON = 'accuracy drop accepted for the Q3 launch, see INC-42'
const REGRESSION = 'baseline:accuracy:max_regression'
const READ_ONLY = 'ghs_read_only_token'

let pr: PrFixture
let gh: FakeOversight
afterEach(async () => {
  await pr.close()
})

async function fixture(policy: string): Promise<void> {
  pr = await prFixture({ [POLICY_PATH]: policy, [METRICS_PATH]: metrics(0.95, 90) })
  gh = addOversight(pr.fake, OWNER, REPO)
  gh.setAuthor(PR, 'alice')
  gh.addTeam('acme', 'ml-leads')
  pr.fake.addToken(READ_ONLY, { login: BOT_LOGIN, installation: true, readOnly: true })
}

/** `login` asks for the override: the reason comment first (when given), then the label. */
function override(login: string, reason: string | null = REASON): void {
  if (reason !== null) pr.fake.addComment(OWNER, REPO, PR, { login, body: `/model-gate override ${reason}` })
  gh.label(PR, login, LABEL)
}

const warnings = (stdout: string): string[] => workflowCommands(stdout, 'warning').map((c) => c.message)
const ourComment = () => {
  const [comment] = pr.ours()
  if (!comment) throw new Error('no comment of ours')
  return comment
}

describe.each(NODES)('human oversight in the bundled action ($label)', ({ index }) => {
  const node = () => nodeAt(index)

  describe('with approvers: a team and a user', () => {
    beforeEach(() => fixture(WITH_APPROVERS))

    test('a listed user overrides a regression: approved, overridden, recorded in the comment and the report; the check run passes', async () => {
      override('dana')
      const head = pr.commit({ [METRICS_PATH]: metrics(0.91, 92) })
      const run = await pr.run(node(), head, { inputs: { 'check-run': 'true' } })

      expectRun(run, { code: 0, verdict: 'approved' })
      expect(run.outputs).toMatchObject({ overridden: 'true', failed: '1' })
      const comment = ourComment()
      expect(firstVisibleLine(comment.body)).toBe('## ✅ model-gate: approved (overridden) — 1 of 2 metrics fails, waived by dana')
      expect(comment.body).toContain(
        `**Overridden** by dana (listed in approvers) at \`${head.slice(0, 7)}\`, \`2025-03-01T00:01:00.000Z\``,
      )
      expect(comment.body).toContain(`reason: “${REASON}”`)
      expect(comment.body).toContain(`- waived: \`accuracy\` (\`${REGRESSION}\`) at 0.91`)
      expect(comment.body).not.toMatch(/\*\*To fix:\*\*/)
      const state = parseOverrideState(comment.body)
      expect(state).toMatchObject({
        by: 'dana',
        authority: 'listed in approvers',
        reason: REASON,
        headSha: head,
        waived: [{ model: 'default', id: REGRESSION, metric: 'accuracy', value: 0.91 }],
      })
      expect(run.summary.trim()).toBe(comment.body.split('\n').slice(2).join('\n').trim())

      const report = readReport(run)
      expect(report).toMatchObject({ verdict: 'approved', failed: 1 })
      expect(report.override).toEqual({
        state: 'granted',
        overridden: true,
        explanation: expect.stringContaining('dana (listed in approvers) overrode the gate'),
        record: {
          ...state,
          reasonCommentId: expect.any(Number),
          waived: [{ model: 'default', id: REGRESSION, metric: 'accuracy', value: 0.91 }],
        },
        newFailures: [],
      })
      expect(workflowCommands(run.stdout, 'error')).toEqual([])
      expect(warnings(run.stdout)).toEqual(expect.arrayContaining([expect.stringMatching(/from 0\.95 to 0\.91/)]))

      const [checkRun] = gh.checkRuns()
      expect(gh.checkRuns()).toHaveLength(1)
      expect(checkRun).toMatchObject({ name: 'model-gate', head_sha: head, status: 'completed', conclusion: 'success' })
      expect(checkRun!.output.title).toBe('✅ model-gate: approved (overridden) — 1 of 2 metrics fails, waived by dana')
      expect(checkRun!.annotations).toEqual([
        expect.objectContaining({
          path: POLICY_PATH,
          start_line: lineOf(WITH_APPROVERS, 'accuracy:'),
          annotation_level: 'notice',
          title: 'accuracy (waived by override)',
        }),
        expect.objectContaining({ path: METRICS_PATH, start_line: 2, annotation_level: 'notice', title: 'accuracy (waived by override)' }),
      ])
    })

    test('a member of an approving team overrides', async () => {
      gh.addTeamMember('acme', 'ml-leads', 'erin')
      override('erin')
      const head = pr.commit({ [METRICS_PATH]: metrics(0.91, 92) })
      const run = await pr.run(node(), head)

      expectRun(run, { code: 0, verdict: 'approved' })
      expect(run.outputs.overridden).toBe('true')
      // The team is not mentioned (no notification): a word joiner follows the `@`.
      expect(ourComment().body).toContain('**Overridden** by erin (member of @\u2060acme/ml-leads)')
      expect(readReport(run).override.record).toMatchObject({ by: 'erin', authority: 'member of @acme/ml-leads', headSha: head })
    })

    test('a label by someone not among the approvers is ignored, and the comment says who and why', async () => {
      gh.addTeamMember('acme', 'ml-leads', 'pat', 'pending')
      override('pat')
      const head = pr.commit({ [METRICS_PATH]: metrics(0.91, 92) })
      const run = await pr.run(node(), head)

      expectRun(run, { code: 1, verdict: 'blocked' })
      expect(run.outputs.overridden).toBe('false')
      const comment = ourComment()
      expect(firstVisibleLine(comment.body)).toBe('## ❌ model-gate: blocked — 1 of 2 metrics fails')
      expect(comment.body).toContain(
        '**Override label ignored:** pat applied the `model-gate/override` label, which does not count: pat is not among the approvers',
      )
      expect(parseOverrideState(comment.body)).toBeUndefined()
      expect(readReport(run).override).toMatchObject({ state: 'refused', overridden: false, record: null })
    })

    test("the PR's author may not approve their own override", async () => {
      gh.setAuthor(PR, 'dana')
      override('dana')
      const head = pr.commit({ [METRICS_PATH]: metrics(0.91, 92) })
      const run = await pr.run(node(), head)

      expectRun(run, { code: 1, verdict: 'blocked' })
      expect(ourComment().body).toContain(
        'to their own pull request, which does not count: the policy does not allow self-approval (`allow_self: false`)',
      )
    })

    test('no reason, no override: the label alone does not count', async () => {
      override('dana', null)
      pr.fake.addComment(OWNER, REPO, PR, { login: 'erin', body: `/model-gate override ${REASON}` })
      const head = pr.commit({ [METRICS_PATH]: metrics(0.91, 92) })
      const run = await pr.run(node(), head)

      expectRun(run, { code: 1, verdict: 'blocked' })
      expect(ourComment().body).toContain(
        'which does not count yet: the policy requires a reason and dana has not commented <code>/model-gate override &lt;reason&gt;</code>',
      )
    })

    test('an error verdict is never overridden', async () => {
      override('dana')
      const head = pr.commit({ [METRICS_PATH]: null })
      const run = await pr.run(node(), head)

      expectRun(run, { code: 1, verdict: 'error' })
      expect(run.outputs.overridden).toBe('false')
      const comment = ourComment()
      expect(firstVisibleLine(comment.body)).toBe('## ⚠️ model-gate: error — the gate could not be evaluated')
      expect(comment.body).toContain('an error can never be overridden')
      expect(readReport(run).override).toMatchObject({ state: 'refused', overridden: false })
    })

    test('an override is for one change: a later push with a new failure, or a worse waived metric, blocks again and names the check', async () => {
      override('dana')
      const first = pr.commit({ [METRICS_PATH]: metrics(0.91, 92) })
      expectRun(await pr.run(node(), first), { code: 0, verdict: 'approved' })

      const second = pr.commit({ [METRICS_PATH]: metrics(0.91, 130) })
      const blocked = await pr.run(node(), second)
      expectRun(blocked, { code: 1, verdict: 'blocked' })
      expect(blocked.outputs.overridden).toBe('false')
      const comment = ourComment()
      expect(firstVisibleLine(comment.body)).toBe('## ❌ model-gate: blocked — 2 of 2 metrics fail')
      expect(comment.body).toContain('**Override no longer covers this change:** given by dana (listed in approvers)')
      expect(comment.body).toContain('- ❌ new since the override: `latency_ms.p95` (`threshold:latency_ms.p95:max`) fails at 130')
      expect(parseOverrideState(comment.body)).toMatchObject({ by: 'dana', headSha: first })
      expect(readReport(blocked).override).toMatchObject({
        state: 'exceeded',
        record: { headSha: first },
        newFailures: [
          { model: 'default', id: 'threshold:latency_ms.p95:max', metric: 'latency_ms.p95', value: 130, why: 'new', waivedValue: null },
        ],
      })

      const third = pr.commit({ [METRICS_PATH]: metrics(0.905, 92) })
      const worse = await pr.run(node(), third)
      expectRun(worse, { code: 1, verdict: 'blocked' })
      expect(ourComment().body).toContain(`- ❌ worse since the override: \`accuracy\` (\`${REGRESSION}\`) was 0.91 when waived, 0.905 now`)

      const fourth = pr.commit({ [METRICS_PATH]: metrics(0.92, 92) })
      const better = await pr.run(node(), fourth)
      expectRun(better, { code: 0, verdict: 'approved' })
      expect(readReport(better).override).toMatchObject({ state: 'granted', overridden: true, record: { headSha: first } })
    })

    test('the latest label event decides: applied and removed is no override; re-applied by someone else is judged as theirs', async () => {
      override('dana')
      gh.unlabel(PR, 'dana', LABEL)
      const head = pr.commit({ [METRICS_PATH]: metrics(0.91, 92) })
      const removed = await pr.run(node(), head)
      expectRun(removed, { code: 1, verdict: 'blocked' })
      expect(ourComment().body).not.toMatch(/Overrid/)
      expect(readReport(removed).override).toBeNull()

      gh.label(PR, 'mallory', LABEL)
      const reapplied = await pr.run(node(), head)
      expectRun(reapplied, { code: 1, verdict: 'blocked' })
      expect(ourComment().body).toContain(
        '**Override label ignored:** mallory applied the `model-gate/override` label, which does not count',
      )

      gh.unlabel(PR, 'mallory', LABEL)
      gh.label(PR, 'dana', LABEL)
      const again = await pr.run(node(), head)
      expectRun(again, { code: 0, verdict: 'approved' })
      expect(readReport(again).override.record).toMatchObject({ by: 'dana' })
    })
  })

  describe('with approvers omitted: maintainers and admins', () => {
    beforeEach(() => fixture(MAINTAINERS))

    test('a maintainer overrides; someone with write access does not', async () => {
      gh.setRole('mia', 'maintain')
      gh.setRole('wes', 'write')
      override('wes')
      const head = pr.commit({ [METRICS_PATH]: metrics(0.91, 92) })
      const refused = await pr.run(node(), head)
      expectRun(refused, { code: 1, verdict: 'blocked' })
      expect(ourComment().body).toContain('wes has the write role on the repository; only maintain or admin may override')

      override('mia')
      const run = await pr.run(node(), head)
      expectRun(run, { code: 0, verdict: 'approved' })
      expect(ourComment().body).toContain('**Overridden** by mia (maintain on the repository)')
      expect(readReport(run).override.record).toMatchObject({ by: 'mia', authority: 'maintain on the repository', reason: REASON })
    })
  })

  describe('reviews and check runs', () => {
    beforeEach(() => fixture(POLICY))

    test('review: requests changes when blocked, approves once fixed and dismisses its own change request', async () => {
      gh.actionsMayApprove = true
      const blockedHead = pr.commit({ [METRICS_PATH]: metrics(0.91, 92) })
      expectRun(await pr.run(node(), blockedHead, { inputs: { review: 'true' } }), { code: 1, verdict: 'blocked' })
      const [request] = gh.reviews(PR)
      expect(request).toMatchObject({ user: { login: BOT_LOGIN }, state: 'CHANGES_REQUESTED', commit_id: blockedHead })
      expect(request!.body).toContain('**❌ model-gate: blocked — 1 of 2 metrics fails**')
      expect(request!.body).toContain(`Details: ${ourComment().html_url}`)

      const fixedHead = pr.commit({ [METRICS_PATH]: metrics(0.951, 92) })
      const fixed = await pr.run(node(), fixedHead, { inputs: { review: 'true' } })
      expectRun(fixed, { code: 0, verdict: 'approved' })
      expect(gh.reviews(PR).map((r) => `${r.state}@${r.commit_id.slice(0, 7)}`)).toEqual([
        `DISMISSED@${blockedHead.slice(0, 7)}`,
        `APPROVED@${fixedHead.slice(0, 7)}`,
      ])
      expect(warnings(fixed.stdout)).toEqual([])
    })

    test('review where Actions may not approve: a comment review and a warning, the change request dismissed', async () => {
      const blockedHead = pr.commit({ [METRICS_PATH]: metrics(0.91, 92) })
      expectRun(await pr.run(node(), blockedHead, { inputs: { review: 'true' } }), { code: 1, verdict: 'blocked' })
      const fixed = await pr.run(node(), pr.commit({ [METRICS_PATH]: metrics(0.951, 92) }), { inputs: { review: 'true' } })
      expectRun(fixed, { code: 0, verdict: 'approved' })
      expect(gh.reviews(PR).map((r) => r.state)).toEqual(['DISMISSED', 'COMMENTED'])
      expect(warnings(fixed.stdout)).toEqual([
        expect.stringMatching(/^GitHub refused model-gate's approval .*a comment review was posted instead\.$/),
      ])
    })

    test('check run: failure with annotations on the policy lines of the failing gates and the metrics file lines of their metrics', async () => {
      const candidate = metrics(0.85, 130)
      const head = pr.commit({ [METRICS_PATH]: candidate })
      const run = await pr.run(node(), head, { inputs: { 'check-run': 'true' } })

      expectRun(run, { code: 1, verdict: 'blocked' })
      const runs = gh.checkRuns()
      expect(runs).toHaveLength(1)
      expect(runs[0]).toMatchObject({
        name: 'model-gate',
        head_sha: head,
        status: 'completed',
        conclusion: 'failure',
        details_url: `${new URL(pr.fake.url).origin}/acme/fraud-model/actions/runs/4242`,
      })
      expect(runs[0]!.output.summary!.trim()).toBe(run.summary.trim())
      expect(runs[0]!.annotations.map((a) => [a.path, a.start_line, a.annotation_level, a.title])).toEqual([
        [POLICY_PATH, lineOf(POLICY, 'accuracy:'), 'failure', 'accuracy'],
        [METRICS_PATH, lineOf(candidate, '"accuracy"'), 'failure', 'accuracy'],
        [POLICY_PATH, lineOf(POLICY, 'accuracy:'), 'failure', 'accuracy'],
        [METRICS_PATH, lineOf(candidate, '"accuracy"'), 'failure', 'accuracy'],
        [POLICY_PATH, lineOf(POLICY, 'latency_ms.p95:'), 'failure', 'latency_ms.p95'],
        [METRICS_PATH, lineOf(candidate, '"p95"'), 'failure', 'latency_ms.p95'],
      ])
    })
  })

  describe('a read-only token (a fork) with every feature on', () => {
    beforeEach(() => fixture(WITH_APPROVERS))

    test('warnings for the comment, the override record, the check run and the review; the verdict stands', async () => {
      override('dana')
      const head = pr.commit({ [METRICS_PATH]: metrics(0.91, 92) })
      const run = await pr.run(node(), head, { token: READ_ONLY, inputs: { review: 'true', 'check-run': 'true' } })

      expectRun(run, { code: 1, verdict: 'blocked' })
      expect(run.outputs).toMatchObject({ overridden: 'false', failed: '1', 'comment-url': '' })
      expect(run.stdout).not.toContain('could not evaluate')
      expect(firstVisibleLine(run.summary)).toBe('## ❌ model-gate: blocked — 1 of 2 metrics fails')
      expect(run.summary).toContain('cannot record the override in its PR comment')
      expect(warnings(run.stdout)).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^Could not write the PR comment/),
          'model-gate override: could not record the override: the PR comment that holds its record cannot be written',
          expect.stringMatching(/^Could not write the check run "model-gate" \(403.*checks: write/),
          expect.stringMatching(/^Could not submit model-gate's review \(403/),
        ]),
      )
      expect(readReport(run).override).toMatchObject({ state: 'refused', overridden: false })
      expect(pr.all().filter((c) => c.user.login === BOT_LOGIN)).toEqual([])
      expect(gh.checkRuns()).toEqual([])
      expect(gh.reviews(PR)).toEqual([])
    })

    test('`comment: false`: a new override cannot be pinned to this change, so it is not granted', async () => {
      override('dana')
      const head = pr.commit({ [METRICS_PATH]: metrics(0.91, 92) })
      const run = await pr.run(node(), head, { inputs: { comment: 'false' } })

      expectRun(run, { code: 1, verdict: 'blocked' })
      expect(pr.ours()).toEqual([])
      expect(run.summary).toContain('cannot record the override in its PR comment')
      expect(warnings(run.stdout)).toContain(
        'model-gate override: could not record the override: the PR comment that holds its record cannot be written',
      )
    })

    test('GitHub refuses the issue events: could not verify, no override, the verdict stands', async () => {
      override('dana')
      pr.fake.failNext('GET', /\/issues\/\d+\/events$/, 403, {}, { message: 'Resource not accessible by integration' })
      const head = pr.commit({ [METRICS_PATH]: metrics(0.91, 92) })
      const run = await pr.run(node(), head, { token: READ_ONLY, inputs: { review: 'true', 'check-run': 'true' } })

      expectRun(run, { code: 1, verdict: 'blocked' })
      expect(warnings(run.stdout)).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^model-gate override: could not verify who applied the label: reading the issue events failed \(403/),
        ]),
      )
      expect(run.summary).toContain('model-gate could not verify who applied the label')
    })
  })

  test('the comment and the job summary agree, state line aside', async () => {
    await fixture(WITH_APPROVERS)
    const head = pr.commit({ [METRICS_PATH]: metrics(0.91, 92) })
    const run = await pr.run(node(), head)
    expectRun(run, { code: 1, verdict: 'blocked' })
    expectSummaryMatches(run, ourComment())
    expect(readReport(run).override).toBeNull()
  })
})
