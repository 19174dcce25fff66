/**
 * The bundled action's monitoring run on the default branch (`on: schedule`, or `monitor: true`):
 * an overdue review opens one issue for the declared owners, the next run updates it (never a
 * second one), fixing the card closes it with a comment; a production metric below its gate's
 * floor is found. Every scenario runs under Node 20 and Node 24.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { monitorMarker } from '../../src/render/monitor-issue.js'
import { workflowDispatchEvent } from '../helpers/events.js'
import { BOT_LOGIN, startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js'
import { installFakeIssues, type FakeIssues } from '../helpers/fake-issues.js'
import { createGitRepo, type GitRepo } from '../helpers/git-repo.js'
import { nodeBinaries, runAction, type ActionRun, type RunActionOptions } from '../helpers/run-action.js'
import { NODES, OWNER, POLICY_PATH, REPO, expectRun, nodeAt, workflowCommands } from './fixture.js'

beforeAll(() => void nodeBinaries(), 300_000)

const POLICY = `version: 1
monitoring:
  file: monitoring/latest.json
  review_warning_days: 30
gates:
  recall: {min: 0.85, max_regression: 1%}
  latency_ms: {better: lower, max: 120}
declarations:
  file: MODEL_CARD.md
`

/** The card: sound privacy and ownership, the next review due on `due` (dates far from any test run's today). */
const card = (due: string): string => `---
privacy: {personal_data: false}
ownership:
  owners: [{handle: "@ana"}, {handle: "@acme/ml-platform"}]
  team: Payments ML
  on_call: "@acme/oncall"
  review:
    last_reviewed: 2019-06-01
    next_review_due: ${due}
---
# Fraud model
`
const OVERDUE = '2020-01-01'
const FIXED = '2099-01-01'
const production = (recall: number, latency = 80): string => `${JSON.stringify({ recall, latency_ms: latency })}\n`

let fake: FakeGitHub
let issues: FakeIssues
let repo: GitRepo
beforeEach(async () => {
  fake = await startFakeGitHub()
  issues = installFakeIssues(fake, { owner: OWNER, repo: REPO, assignable: ['ana'] })
  repo = createGitRepo({
    [POLICY_PATH]: POLICY,
    'MODEL_CARD.md': card(OVERDUE),
    'monitoring/latest.json': production(0.9),
    'eval/metrics.json': '{"recall": 0.9}\n',
  })
})
afterEach(async () => {
  await fake.close()
  repo.remove()
})

const schedulePayload = {
  schedule: '0 6 * * 1',
  repository: { name: REPO, full_name: `${OWNER}/${REPO}`, owner: { login: OWNER }, default_branch: 'main' },
}

describe.each(NODES)('the bundled action monitoring the default branch ($label)', ({ index }) => {
  const run = (extra: Partial<RunActionOptions> = {}): Promise<ActionRun> =>
    runAction({
      node: nodeAt(index).path,
      workspace: repo.dir,
      apiUrl: fake.url,
      repository: `${OWNER}/${REPO}`,
      eventName: 'schedule',
      payload: schedulePayload,
      sha: repo.sha(),
      env: {},
      ...extra,
    })

  test('an overdue review: one issue opened, updated on the next run, closed with a comment once the card is fixed', async () => {
    const first = await run()
    expectRun(first, { code: 1, verdict: 'blocked' })
    expect(first.outputs.failed).toBe('1')
    expect(issues.all()).toHaveLength(1)
    const [opened] = issues.all()
    expect(opened).toMatchObject({
      state: 'open',
      title: 'model-gate: the model needs attention',
      labels: [{ name: 'model-gate' }],
      assignees: [{ login: 'ana' }],
      user: { login: BOT_LOGIN },
    })
    expect(opened!.body.split('\n')[0]).toBe(monitorMarker('default'))
    expect(opened!.body).toContain('For the declared owners: @ana, @acme/ml-platform. Teams are mentioned, not assigned.')
    expect(opened!.body).toMatch(
      /- \*\*Failing\*\*: The review is overdue: it was due on 2020-01-01, \d+ days ago\. \(`MODEL_CARD\.md:9`\)\n {2}- Fix: Review the model, then set `ownership\.review\.last_reviewed` to the review date and `ownership\.review\.next_review_due` to the next one in MODEL\\?_CARD\.md\./,
    )
    expect(first.summary).toMatch(/^## ❌ model-gate monitoring: 1 failing problem\n/)
    expect(first.summary).toContain(`Monitoring issue: <${fake.url}/${OWNER}/${REPO}/issues/${opened!.number}>`)
    expect(workflowCommands(first.stdout, 'error')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          properties: { title: 'model-gate monitoring', file: 'MODEL_CARD.md', line: '9' },
          message: expect.stringMatching(/^The review is overdue/),
        }),
      ]),
    )

    const second = await run()
    expectRun(second, { code: 1, verdict: 'blocked' })
    expect(issues.all()).toHaveLength(1)
    const updates = fake.requests.filter((r) => r.method === 'PATCH' && r.path.endsWith(`/issues/${opened!.number}`))
    expect(updates).toHaveLength(1)
    expect(fake.requests.filter((r) => r.method === 'POST' && /\/issues$/.test(r.path))).toHaveLength(1)

    repo.commit({ 'MODEL_CARD.md': card(FIXED) }, 'Review done')
    const third = await run({ sha: repo.sha() })
    expectRun(third, { code: 0, verdict: 'approved' })
    const [closed] = issues.all()
    expect(closed).toMatchObject({ number: opened!.number, state: 'closed', state_reason: 'completed' })
    const comments = fake.comments(OWNER, REPO, opened!.number)
    expect(comments.map((c) => c.body)).toEqual([
      expect.stringMatching(/^The model passes its monitoring checks again \(checked \d{4}-\d\d-\d\dT.*\)\. Closing\.$/),
    ])
    expect(third.summary).toMatch(/^## ✅ model-gate monitoring: all is well\n/)

    const fourth = await run({ sha: repo.sha() })
    expectRun(fourth, { code: 0, verdict: 'approved' })
    expect(issues.all()).toHaveLength(1)
    expect(fake.comments(OWNER, REPO, opened!.number)).toHaveLength(1)
  })

  test('a monitoring breach: production recall below its floor fails and is listed with its fix; `monitor: true` on a manual run', async () => {
    repo.commit({ 'MODEL_CARD.md': card(FIXED), 'monitoring/latest.json': production(0.81, 130) })
    const result = await run({
      eventName: 'workflow_dispatch',
      payload: workflowDispatchEvent({ owner: OWNER, repo: REPO }),
      sha: repo.sha(),
      inputs: { monitor: 'true' },
    })
    expectRun(result, { code: 1, verdict: 'blocked' })
    expect(result.outputs.failed).toBe('2')
    const [issue] = issues.all()
    expect(issues.all()).toHaveLength(1)
    expect(issue!.body).toContain('- **Failing**: `recall` in production is 0.81, below the floor 0.85. (`monitoring/latest.json`)')
    expect(issue!.body).toContain('- **Failing**: `latency_ms` in production is 130, above the ceiling 120. (`monitoring/latest.json`)')
    expect(issue!.body).toMatch(/ {2}- Fix: Investigate `recall` in production/)
    expect(issue!.body).not.toContain('review')
    expect(fake.requests.filter((r) => r.path.includes('/comments') || r.path.includes('/contents/'))).toEqual([])
  })

  test('advisory mode: the problems and the issue, but the step passes; a read-only token: a warning, no issue', async () => {
    const advisory = await run({ inputs: { mode: 'advisory' } })
    expectRun(advisory, { code: 0, verdict: 'blocked' })
    expect(issues.all()).toHaveLength(1)

    fake.addToken('ghs_read_only', { login: BOT_LOGIN, installation: true, readOnly: true })
    const freshRepo = createGitRepo({
      [POLICY_PATH]: POLICY.replace('monitoring:\n  file: monitoring/latest.json\n', 'monitoring:\n'),
      'MODEL_CARD.md': card(OVERDUE),
    })
    try {
      const readOnly = await run({ token: 'ghs_read_only', workspace: freshRepo.dir, sha: freshRepo.sha() })
      expectRun(readOnly, { code: 1, verdict: 'blocked' })
      expect(workflowCommands(readOnly.stdout, 'warning').map((w) => w.message)).toEqual([
        expect.stringMatching(/^The monitoring issue for default was not updated: .*`permissions: issues: write`/),
      ])
    } finally {
      freshRepo.remove()
    }
  })
})
