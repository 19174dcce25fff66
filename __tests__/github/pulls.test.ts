import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createClient } from '../../src/github/client.js'
import { compareCommits, newerHead, pullRequestHead, sameCommit } from '../../src/github/pulls.js'
import { DEFAULT_TOKEN, startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js'

const OWNER = 'acme'
const REPO = 'fraud-model'
/** ROOT → A → B on main; ROOT → X on a force-pushed branch; PR 1's head is B, PR 2's is somewhere else. */
const [ROOT, A, B, X, ELSEWHERE] = ['00', 'aa', 'bb', 'ee', 'ff'].map((p) => p.repeat(20)) as [string, string, string, string, string]

let fake: FakeGitHub
beforeAll(async () => {
  fake = await startFakeGitHub()
  fake.setCommit(OWNER, REPO, ROOT, [])
  fake.setCommit(OWNER, REPO, A, [ROOT])
  fake.setCommit(OWNER, REPO, B, [A])
  fake.setCommit(OWNER, REPO, X, [ROOT])
  fake.setPullRequest(OWNER, REPO, 1, { headSha: B, baseSha: ROOT })
  fake.setPullRequest(OWNER, REPO, 2, { headSha: ELSEWHERE })
})
afterAll(() => fake.close())

const client = () => createClient(DEFAULT_TOKEN, { baseUrl: fake.url, retries: 0 })

describe('sameCommit', () => {
  test.each([
    [A, A, true],
    [A, A.slice(0, 7), true],
    [A.slice(0, 7).toUpperCase(), A, true],
    [A, B, false],
    [A, A.slice(0, 3), false],
    ['', '', false],
  ])('%s vs %s → %s', (x, y, same) => {
    expect(sameCommit(x, y)).toBe(same)
  })
})

describe('reading the PR head and comparing commits', () => {
  test('pullRequestHead answers the head SHA', async () => {
    expect(await pullRequestHead(client(), OWNER, REPO, 1)).toBe(B)
  })

  test.each([
    [A, B, 'ahead'],
    [B, A, 'behind'],
    [A, A, 'identical'],
    [B, X, 'diverged'],
  ])('compare %s...%s is %s', async (base, head, status) => {
    expect(await compareCommits(client(), OWNER, REPO, base, head)).toBe(status)
  })
})

describe('newerHead', () => {
  test.each([
    ['ours is the PR head', 1, B, A, 'ours'],
    ['theirs is the PR head', 1, A, B, 'theirs'],
    ['neither; theirs descends from ours', 2, A, B, 'theirs'],
    ['neither; ours descends from theirs', 2, B, A, 'ours'],
    ['neither; history diverged (force-push)', 2, B, X, 'unknown'],
    ['no such PR, unknown commits', 3, A, 'cd'.repeat(20), 'unknown'],
  ] as const)('%s → %s', async (_, pullNumber, ours, theirs, newer) => {
    const answer = await newerHead(client(), { owner: OWNER, repo: REPO, pullNumber, ours, theirs })
    expect(answer.newer).toBe(newer)
    expect(answer.reason).not.toBe('')
  })
})
