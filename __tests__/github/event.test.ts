import { describe, expect, test } from '@jest/globals'
import { eventContext, type EventContext } from '../../src/github/event.js'
import { mergeGroupEvent, pullRequestEvent, pushEvent } from '../helpers/events.js'

const A = 'a'.repeat(40)
const B = 'b'.repeat(40)
const C = 'c'.repeat(64)
const ZERO = '0'.repeat(40)
const ENV = { GITHUB_REPOSITORY: 'acme/fraud-model', GITHUB_SHA: 'd'.repeat(40) }
const repo = { owner: 'acme', repo: 'fraud-model' }

describe('eventContext', () => {
  const cases: Array<[string, string, unknown, Record<string, string | undefined>, EventContext]> = [
    [
      'pull_request',
      'pull_request',
      pullRequestEvent({ number: 12, baseSha: A, headSha: B, baseRef: 'main' }),
      ENV,
      { event: 'pull_request', ...repo, baseSha: A, headSha: B, prNumber: 12, baseRef: 'main' },
    ],
    [
      'pull_request_target',
      'pull_request_target',
      pullRequestEvent({ number: 3, baseSha: A, headSha: B, baseRef: 'release' }),
      ENV,
      { event: 'pull_request_target', ...repo, baseSha: A, headSha: B, prNumber: 3, baseRef: 'release' },
    ],
    [
      'pull_request with only the top-level number',
      'pull_request',
      { number: 5, pull_request: { base: { sha: A }, head: { sha: B } } },
      ENV,
      { event: 'pull_request', ...repo, baseSha: A, headSha: B, prNumber: 5, baseRef: undefined },
    ],
    [
      "pull_request with the PR's comment count",
      'pull_request',
      { number: 5, pull_request: { base: { sha: A }, head: { sha: B }, comments: 151 } },
      ENV,
      { event: 'pull_request', ...repo, baseSha: A, headSha: B, prNumber: 5, baseRef: undefined, commentCount: 151 },
    ],
    ...[-1, 1.5, '12', null].map((comments): [string, string, unknown, Record<string, string | undefined>, EventContext] => [
      `pull_request with an implausible comment count (${JSON.stringify(comments)}): no count, no error`,
      'pull_request',
      { number: 5, pull_request: { base: { sha: A }, head: { sha: B }, comments } },
      ENV,
      { event: 'pull_request', ...repo, baseSha: A, headSha: B, prNumber: 5, baseRef: undefined },
    ]),
    ['push', 'push', pushEvent({ before: A, after: B }), ENV, { event: 'push', ...repo, baseSha: A, headSha: B }],
    [
      'first push of a branch (zero before)',
      'push',
      pushEvent({ before: ZERO, after: B }),
      ENV,
      { event: 'push', ...repo, baseSha: undefined, headSha: B },
    ],
    ['push in a SHA-256 repository', 'push', pushEvent({ before: C, after: C }), ENV, { event: 'push', ...repo, baseSha: C, headSha: C }],
    [
      'merge_group',
      'merge_group',
      mergeGroupEvent({ baseSha: A, headSha: B, baseRef: 'main' }),
      ENV,
      { event: 'merge_group', ...repo, baseSha: A, headSha: B, baseRef: 'main' },
    ],
    ['workflow_dispatch', 'workflow_dispatch', { inputs: {} }, ENV, { event: 'workflow_dispatch', ...repo, headSha: ENV.GITHUB_SHA }],
    ['schedule', 'schedule', { schedule: '0 0 * * *' }, ENV, { event: 'schedule', ...repo, headSha: ENV.GITHUB_SHA }],
    [
      'repository from the payload when GITHUB_REPOSITORY is unset',
      'push',
      pushEvent({ owner: 'octo', repo: 'model', before: A, after: B }),
      { GITHUB_SHA: B },
      { event: 'push', owner: 'octo', repo: 'model', baseSha: A, headSha: B },
    ],
  ]

  test.each(cases)('%s', (_name, eventName, payload, env, expected) => {
    expect(eventContext(eventName, payload, env)).toEqual(expected)
  })

  const errors: Array<[string, string, unknown, Record<string, string | undefined>, RegExp]> = [
    ['no event name', '', {}, ENV, /GITHUB_EVENT_NAME is not set/],
    ['payload not an object', 'push', 'oops', ENV, /payload is not a JSON object/],
    ['payload an array', 'push', [], ENV, /payload is not a JSON object/],
    [
      'pull_request without head',
      'pull_request',
      { number: 1, pull_request: { number: 1, base: { sha: A } } },
      ENV,
      /`pull_request\.head\.sha`/,
    ],
    [
      'pull_request with a short SHA',
      'pull_request',
      pullRequestEvent({ baseSha: 'abc1234', headSha: B }),
      ENV,
      /`pull_request\.base\.sha` \(found "abc1234"\)/,
    ],
    [
      'pull_request without a number',
      'pull_request',
      { pull_request: { base: { sha: A }, head: { sha: B } } },
      ENV,
      /no pull request number/,
    ],
    ['push without after', 'push', { before: A }, ENV, /`after`/],
    ['push without before', 'push', { after: B }, ENV, /`before`/],
    ['merge_group without head_sha', 'merge_group', { merge_group: { base_sha: A } }, ENV, /`merge_group\.head_sha`/],
    ['workflow_dispatch without GITHUB_SHA', 'workflow_dispatch', {}, { GITHUB_REPOSITORY: 'acme/x' }, /GITHUB_SHA is not set/],
    [
      'malformed GITHUB_SHA',
      'workflow_dispatch',
      {},
      { GITHUB_REPOSITORY: 'acme/x', GITHUB_SHA: 'main' },
      /GITHUB_SHA is "main", not a commit SHA/,
    ],
    ['malformed GITHUB_REPOSITORY', 'push', pushEvent({ before: A, after: B }), { GITHUB_REPOSITORY: 'acme' }, /expected "owner\/name"/],
    ['no repository anywhere', 'push', { before: A, after: B }, {}, /Cannot tell the repository/],
  ]

  test.each(errors)('fails clearly: %s', (_name, eventName, payload, env, message) => {
    expect(() => eventContext(eventName, payload, env)).toThrow(message)
  })
})
