import { describe, expect, test } from '@jest/globals'
import { monitorIssueBody, monitorIssueContent, monitorIssueTitle, monitorMarker, splitOwners } from '../../src/render/monitor-issue.js'

describe('splitOwners', () => {
  test.each([
    [
      ['@ana', 'bo', '@acme/ml-platform', 'acme/data.eng'],
      { users: ['ana', 'bo'], teams: ['acme/ml-platform', 'acme/data.eng'], invalid: [] },
    ],
    [['@ana', '@ana'], { users: ['ana'], teams: [], invalid: [] }],
    [['ana@example.com', '@-bad', '@a--b', 'x y', ''], { users: [], teams: [], invalid: ['ana@example.com', '@-bad', '@a--b', 'x y', ''] }],
  ])('%j', (owners, expected) => {
    expect(splitOwners(owners)).toEqual(expected)
  })
})

describe('monitorIssueBody', () => {
  const body = monitorIssueBody({
    model: 'fraud <!-- x -->',
    problems: [
      { message: 'Review due on `2026-12-20`, in 19 days.', severity: 'warn', fix: 'Plan the review.' },
      { message: 'recall @prod is 0.81, below 0.85 <b>', file: 'monitoring/latest.json' },
    ],
    owners: ['@ana', '@acme/ml', 'not a handle'],
    checkedAt: '2026-12-01T06:00:00Z',
    runUrl: 'https://github.com/acme/fraud-model/actions/runs/1',
  })

  test('starts with the marker, which encodes the model so it cannot close the comment', () => {
    expect(body.split('\n')[0]).toBe(monitorMarker('fraud <!-- x -->'))
    expect(monitorMarker('fraud <!-- x -->')).toBe('<!-- model-gate monitor=fraud%20%3C%21%2D%2D%20x%20%2D%2D%3E -->')
    expect(body.match(/<!--/g)).toHaveLength(1)
  })

  test('mentions owners and teams, lists problems with fixes, escapes repository text', () => {
    expect(body).toContain('For the declared owners: @ana, @acme/ml. Teams are mentioned, not assigned.')
    expect(body).toContain('Not valid GitHub handles, so not notified: not a handle.')
    expect(body).toContain('- Due soon: Review due on `2026-12-20`, in 19 days.\n  - Fix: Plan the review.')
    expect(body).toContain('- **Failing**: recall @\u2060prod is 0.81, below 0.85 &lt;b&gt; (`monitoring/latest.json`)')
    expect(body).toContain('Checked 2026-12-01T06:00:00Z by [this run](https://github.com/acme/fraud-model/actions/runs/1)')
  })

  test('no owner: says how to declare one', () => {
    expect(monitorIssueBody({ model: 'default', problems: [], owners: [], checkedAt: 't' })).toContain('add `ownership.owners`')
  })

  test('title', () => {
    expect(monitorIssueTitle('default', [{ message: 'x' }])).toBe('model-gate: the model needs attention')
    expect(monitorIssueTitle('churn', [{ message: 'x', severity: 'warn' }])).toBe('model-gate: model churn needs a review soon')
  })
})

describe('monitorIssueContent', () => {
  const input = { model: 'fraud', owners: ['@ana', '@acme/ml', 'Maria Okafor'], checkedAt: '2026-12-01T06:00:00Z' }

  test('problems: the title, the body for the assignees GitHub refused, and the individual logins to assign', () => {
    const content = monitorIssueContent({ ...input, problems: [{ message: 'Review overdue.', severity: 'fail' }] })
    expect(content.marker).toBe(monitorMarker('fraud'))
    expect(content.issue!.title).toBe('model-gate: model fraud needs attention')
    expect(content.issue!.assignees).toEqual(['ana'])
    expect(content.issue!.body([])).not.toContain('Could not assign')
    expect(content.issue!.body(['ana'])).toContain('Could not assign @ana (not collaborators of this repository).')
    expect(content.resolved).toBe('fraud passes its monitoring checks again (checked 2026-12-01T06:00:00Z). Closing.')
  })

  test('no problem: no issue to write, only the comment that closes an open one', () => {
    const content = monitorIssueContent({ ...input, problems: [] })
    expect(content.issue).toBeUndefined()
    expect(content.resolved).toMatch(/Closing\.$/)
  })
})
