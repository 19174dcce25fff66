import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { createClient } from '../../src/github/client.js'
import { syncMonitorIssue, type SyncMonitorIssueOptions } from '../../src/github/monitor-issue.js'
import { monitorIssueContent, monitorMarker, type MonitorIssueInput } from '../../src/render/monitor-issue.js'
import { BOT_LOGIN, DEFAULT_TOKEN, startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js'
import { installFakeIssues, type FakeIssues } from '../helpers/fake-issues.js'

const OWNER = 'acme'
const REPO = 'fraud-model'
const READ_ONLY = 'ghs_read_only'

// The client spaces writes 1 s apart on GitHub (request-policy.ts); these tests make many writes to a local fake.

let fake: FakeGitHub
let issues: FakeIssues
beforeEach(async () => {
  fake = await startFakeGitHub()
  fake.addToken(READ_ONLY, { login: BOT_LOGIN, installation: true, readOnly: true })
  issues = installFakeIssues(fake, { owner: OWNER, repo: REPO, assignable: ['ana', 'bo'] })
})
afterEach(() => fake.close())

const overdue = {
  message: 'The review is overdue: `ownership.review.next_review_due` was 2026-11-01.',
  fix: 'Review the model and set `last_reviewed` and `next_review_due`.',
  file: 'MODEL_CARD.md',
  line: 12,
}
type Over = Partial<MonitorIssueInput & Pick<SyncMonitorIssueOptions, 'identity'>>
const sync = ({ identity = BOT_LOGIN, ...over }: Over = {}, token = DEFAULT_TOKEN) => {
  const input = { model: 'fraud', problems: [overdue], owners: ['@ana', '@acme/ml-platform'], checkedAt: '2026-12-01T06:00:00Z', ...over }
  return syncMonitorIssue(createClient(token, { baseUrl: fake.url, retries: 0 }), {
    owner: OWNER,
    repo: REPO,
    model: input.model,
    identity,
    ...monitorIssueContent(input),
  })
}
const comments = (n: number) => fake.comments(OWNER, REPO, n)

describe('syncMonitorIssue', () => {
  test('opens one issue, updates it on the next run, closes it with a comment when fixed', async () => {
    const opened = await sync()
    expect(opened).toEqual({ action: 'opened', number: 40 })
    let [issue] = issues.all()
    expect(issue!.body.startsWith(monitorMarker('fraud'))).toBe(true)
    expect(issue!.assignees).toEqual([{ login: 'ana' }])
    expect(issue!.labels).toEqual([{ name: 'model-gate' }])
    expect(issue!.body).toContain('@acme/ml-platform')
    expect(issue!.body).toContain('MODEL_CARD.md:12')

    const second = await sync({
      checkedAt: '2026-12-02T06:00:00Z',
      problems: [overdue, { message: 'recall 0.81 in production is below the floor 0.85.', severity: 'fail' }],
    })
    expect(second).toEqual({ action: 'updated', number: 40 })
    expect(issues.all()).toHaveLength(1)
    ;[issue] = issues.all()
    expect(issue!.body).toContain('2 problems')
    expect(issue!.body).toContain('2026-12-02T06:00:00Z')

    const closed = await sync({ problems: [] })
    expect(closed).toEqual({ action: 'closed', number: 40 })
    ;[issue] = issues.all()
    expect(issue!.state).toBe('closed')
    expect(issue!.state_reason).toBe('completed')
    expect(comments(40).map((c) => c.body)).toEqual([expect.stringContaining('passes its monitoring checks again')])

    expect(await sync({ problems: [] })).toEqual({ action: 'none' })
    expect(await sync()).toEqual({ action: 'opened', number: 41 })
  })

  test('one issue per model; a copied marker in someone else’s issue is not ours', async () => {
    issues.add({ login: 'mallory', title: 'x', body: `${monitorMarker('fraud')}\nforged`, labels: [{ name: 'model-gate' }] })
    await sync()
    await sync({ model: 'churn' })
    expect(issues.all().map((i) => [i.user.login, i.body.split('\n')[0]])).toEqual([
      ['mallory', monitorMarker('fraud')],
      [BOT_LOGIN, monitorMarker('fraud')],
      [BOT_LOGIN, monitorMarker('churn')],
    ])
  })

  test('an owner GitHub will not assign is mentioned instead, with a warning', async () => {
    const result = await sync({ owners: ['@ana', '@carol'] })
    expect(result).toMatchObject({ action: 'opened', warning: expect.stringMatching(/Could not assign @ana, @carol/) })
    const [issue] = issues.all()
    expect(issue!.assignees).toEqual([])
    expect(issue!.body).toMatch(/Could not assign @ana, @carol/)
  })

  test('a read-only token: a warning, no throw', async () => {
    const result = await sync({}, READ_ONLY)
    expect(result).toMatchObject({ action: 'skipped', warning: expect.stringMatching(/issues: write/) })
    expect(issues.all()).toEqual([])
  })
})
