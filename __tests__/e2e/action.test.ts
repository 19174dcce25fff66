import { afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { pullRequestEvent } from '../helpers/events.js'
import { BOT_LOGIN, startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js'
import { createGitRepo, type GitRepo } from '../helpers/git-repo.js'
import { nodeBinaries, runAction, type ActionRun, type NodeBinary } from '../helpers/run-action.js'

const OWNER = 'acme'
const REPO = 'fraud-model'
const PR = 42

const POLICY = `version: 1
mode: enforce
metrics:
  file: eval/metrics.json
baseline:
  source: base
gates:
  accuracy:
    min: 0.90
    max_regression: 1%
  latency_ms.p95:
    better: lower
    max: 120
`
const metrics = (accuracy: number, p95: number) => `${JSON.stringify({ accuracy, latency_ms: { p95 } }, null, 2)}\n`

let binaries: NodeBinary[]
beforeAll(() => {
  binaries = nodeBinaries()
}, 300_000)

/** A repository whose base commit (main) holds the policy and the baseline, mirrored into the fake API. */
interface Scenario {
  fake: FakeGitHub
  repo: GitRepo
  baseSha: string
  /** Commits the PR's changes on a `feature` branch (checked out) and returns the head SHA. */
  head(changes: Record<string, string | null>): string
  /** Runs the bundled action for the PR with the given node binary. */
  run(node: NodeBinary, headSha: string, inputs?: Record<string, string | undefined>): Promise<ActionRun>
  ours(): ReturnType<FakeGitHub['comments']>
}

let scenario: Scenario
beforeEach(async () => {
  const fake = await startFakeGitHub()
  const repo = createGitRepo({ '.github/model-gate.yml': POLICY, 'eval/metrics.json': metrics(0.95, 90) })
  const baseSha = repo.sha()
  fake.setFiles(OWNER, REPO, baseSha, repo.files(baseSha))
  repo.branch('feature')
  scenario = {
    fake,
    repo,
    baseSha,
    head: (changes) => repo.commit(changes, 'PR change'),
    run: (node, headSha, inputs) =>
      runAction({
        node: node.path,
        workspace: repo.dir,
        apiUrl: fake.url,
        repository: `${OWNER}/${REPO}`,
        payload: pullRequestEvent({ owner: OWNER, repo: REPO, number: PR, baseSha, headSha }),
        inputs
      }),
    ours: () => fake.comments(OWNER, REPO, PR).filter((c) => c.user.login === BOT_LOGIN)
  }
})
afterEach(async () => {
  await scenario.fake.close()
  scenario.repo.remove()
})
/** Checks the exit code and the verdict output, showing the step's stdout and stderr when they differ. */
function expectRun(run: ActionRun, expected: { code: number; verdict: string }): void {
  const actual = { code: run.code, verdict: run.outputs.verdict }
  if (actual.code !== expected.code || actual.verdict !== expected.verdict) {
    throw new Error(`expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}\n--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}`)
  }
}

describe.each([0, 1])('the bundled action (node binary %i)', (index) => {
  const node = () => binaries[index]!

  test('approves a PR that keeps every gate, with one sticky comment', async () => {
    const headSha = scenario.head({ 'eval/metrics.json': metrics(0.951, 92) })
    const run = await scenario.run(node(), headSha)
    expectRun(run, { code: 0, verdict: 'approved' })
    expect(run.outputs.failed).toBe('0')

    const comments = scenario.ours()
    expect(comments).toHaveLength(1)
    const comment = comments[0]!
    expect(comment.body.startsWith('<!-- model-gate model=default')).toBe(true)
    expect(comment.body.split('\n').find((line) => line.trim() !== '' && !line.startsWith('<!--'))).toMatch(/approved/)
    expect(run.outputs['comment-url']).toBe(comment.html_url)

    expect(existsSync(run.outputs.report!)).toBe(true)
    expect(JSON.parse(readFileSync(run.outputs.report!, 'utf8'))).toMatchObject({ verdict: 'approved' })
    expect(run.summary).toMatch(/approved/)
  })

  test('blocks a PR that regresses, fails the step, and updates the same comment on a re-run', async () => {
    const headSha = scenario.head({ 'eval/metrics.json': metrics(0.9, 92) })
    const first = await scenario.run(node(), headSha)
    expectRun(first, { code: 1, verdict: 'blocked' })
    expect(Number(first.outputs.failed)).toBeGreaterThanOrEqual(1)
    const [comment] = scenario.ours()
    expect(comment?.body).toMatch(/blocked/)

    const fixed = scenario.head({ 'eval/metrics.json': metrics(0.952, 92) })
    const second = await scenario.run(node(), fixed)
    expectRun(second, { code: 0, verdict: 'approved' })
    expect(scenario.ours()).toEqual([expect.objectContaining({ id: comment!.id })])
    expect(scenario.ours()[0]!.body).toMatch(/approved/)
    expect(second.outputs['comment-url']).toBe(comment!.html_url)
  })

  test('a read-only token loses the comment, never the verdict', async () => {
    scenario.fake.addToken('ghs_fork_token', { login: BOT_LOGIN, installation: true, readOnly: true })
    const headSha = scenario.head({ 'eval/metrics.json': metrics(0.9, 92) })
    const run = await runAction({
      node: node().path,
      workspace: scenario.repo.dir,
      apiUrl: scenario.fake.url,
      repository: `${OWNER}/${REPO}`,
      token: 'ghs_fork_token',
      payload: pullRequestEvent({ owner: OWNER, repo: REPO, number: PR, baseSha: scenario.baseSha, headSha })
    })
    expectRun(run, { code: 1, verdict: 'blocked' })
    expect(scenario.ours()).toEqual([])
    expect(run.outputs['comment-url'] ?? '').toBe('')
    expect(run.summary).toMatch(/blocked/)
  })
})
