import { describe, expect, test } from '@jest/globals'
import { recordDecision } from '../../src/action/history.js'

const repository = (extra: Record<string, unknown> = {}) => ({
  name: 'fraud-model',
  owner: { login: 'acme' },
  default_branch: 'main',
  ...extra,
})
const push = (ref: string, extra: Record<string, unknown> = {}) => ({
  ref,
  before: 'a'.repeat(40),
  after: 'b'.repeat(40),
  repository: repository(),
  ...extra,
})
const queue = (baseRef: string) => ({
  merge_group: { base_ref: baseRef, head_sha: 'c'.repeat(40), base_sha: 'a'.repeat(40) },
  repository: repository(),
})

describe('recordDecision: only merges into the default branch are recorded', () => {
  test.each([
    ['push', push('refs/heads/main'), { record: true, branch: 'main' }],
    ['merge_group', queue('refs/heads/main'), { record: true, branch: 'main' }],
    ['push', push('refs/heads/feature'), { record: false, reason: 'the push is to `refs/heads/feature`, not the default branch `main`' }],
    ['push', push('refs/tags/v1'), { record: false, reason: 'the push is to `refs/tags/v1`, not the default branch `main`' }],
    [
      'merge_group',
      queue('refs/heads/release'),
      { record: false, reason: 'the merge queue is for `refs/heads/release`, not the default branch `main`' },
    ],
    ['push', push('refs/heads/main', { repository: repository({ fork: true }) }), { record: false, reason: 'this repository is a fork' }],
    ['push', push('refs/heads/main', { deleted: true }), { record: false, reason: 'the push deletes the branch' }],
    [
      'push',
      { ref: 'refs/heads/main', repository: { name: 'r' } },
      { record: false, reason: 'the `push` event payload does not name the default branch (`repository.default_branch`)' },
    ],
    ['pull_request', { pull_request: { number: 1 }, repository: repository() }, { record: false }],
    ['pull_request_target', { pull_request: { number: 1 }, repository: repository() }, { record: false }],
    ['schedule', { repository: repository() }, { record: false }],
    ['workflow_dispatch', { ref: 'refs/heads/main', repository: repository() }, { record: false }],
  ])('%s %j → %j', (event, payload, expected) => {
    expect(recordDecision(event, payload)).toEqual(expected)
  })

  test('a payload of the wrong shape is never recorded and never throws', () => {
    for (const payload of [null, 42, 'x', [], { repository: null }, { repository: { default_branch: 7 } }]) {
      expect(recordDecision('push', payload)).toMatchObject({ record: false })
    }
  })
})
