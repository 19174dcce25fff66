import { beforeAll, afterAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pullRequestEvent } from '../helpers/events.js'
import { BOT_LOGIN, DEFAULT_TOKEN, startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js'
import { createGitRepo, type GitRepo } from '../helpers/git-repo.js'
import { nodeBinaries, parseOutputFile, runAction, type NodeBinary } from '../helpers/run-action.js'

/** Stands in for dist/index.js: reports what it was given and calls the fake API like the action. */
const STUB = `
import { appendFileSync } from 'node:fs'
const api = process.env.GITHUB_API_URL
const res = await fetch(api + '/repos/acme/fraud-model/issues/1/comments', {
  method: 'POST',
  headers: { authorization: 'token ' + process.env['INPUT_GITHUB-TOKEN'], 'content-type': 'application/json' },
  body: JSON.stringify({ body: 'hello from ' + process.version })
})
appendFileSync(process.env.GITHUB_OUTPUT, 'verdict<<ghadelimiter_1\\napproved\\nghadelimiter_1\\n')
appendFileSync(process.env.GITHUB_OUTPUT, 'notes<<EOF\\nline 1\\nline 2\\nEOF\\nfailed=0\\n')
appendFileSync(process.env.GITHUB_STEP_SUMMARY, '# model-gate\\n')
console.log(JSON.stringify({ status: res.status, env: process.env, cwd: process.cwd(), version: process.version }))
process.exitCode = 3
`

let fake: FakeGitHub
let repo: GitRepo
let stubDir: string
let binaries: NodeBinary[]

beforeAll(async () => {
  binaries = nodeBinaries()
  fake = await startFakeGitHub()
  repo = createGitRepo({ 'eval/metrics.json': '{"accuracy": 0.9}\n' })
  stubDir = mkdtempSync(join(tmpdir(), 'model-gate-stub-'))
  writeFileSync(join(stubDir, 'stub.mjs'), STUB)
  writeFileSync(join(stubDir, 'hang.mjs'), 'setInterval(() => {}, 1000)\n')
}, 300_000)
afterAll(async () => {
  await fake.close()
  repo.remove()
  rmSync(stubDir, { recursive: true, force: true })
})

describe('nodeBinaries', () => {
  test('gives the current node and Node 24', () => {
    expect(binaries.map((b) => b.label)).toEqual([`node${process.versions.node.split('.')[0]}`, 'node24'])
    expect(binaries[1]!.path).toMatch(/node$/)
  })
})

describe('runAction', () => {
  test.each([0, 1])('runs the entry as the runner does (binary %i)', async (index) => {
    const node = binaries[index]!
    const sha = repo.sha()
    const run = await runAction({
      node: node.path,
      entry: join(stubDir, 'stub.mjs'),
      workspace: repo.dir,
      apiUrl: fake.url,
      payload: pullRequestEvent({ number: 1, baseSha: sha, headSha: sha }),
      inputs: { mode: 'advisory', model: undefined },
    })
    expect(run.code).toBe(3)
    expect(run.outputs).toEqual({ verdict: 'approved', notes: 'line 1\nline 2', failed: '0' })
    expect(run.summary).toBe('# model-gate\n')

    const seen = JSON.parse(run.stdout) as { status: number; env: Record<string, string>; cwd: string; version: string }
    expect(seen.version.startsWith(`v${node.label.slice(4)}.`)).toBe(true)
    expect(seen.status).toBe(201)
    expect(realpathSync(seen.cwd)).toBe(realpathSync(repo.dir))
    expect(seen.env).toMatchObject({
      'INPUT_GITHUB-TOKEN': DEFAULT_TOKEN,
      INPUT_POLICY: '.github/model-gate.yml',
      'INPUT_POLICY-SOURCE': 'base',
      INPUT_COMMENT: 'true',
      INPUT_MODE: 'advisory',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_API_URL: fake.url,
      GITHUB_REPOSITORY: 'acme/fraud-model',
      GITHUB_SHA: sha,
      GITHUB_REF: 'refs/pull/1/merge',
      GITHUB_WORKSPACE: repo.dir,
    })
    expect(seen.env.GITHUB_SERVER_URL).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(seen.env).not.toHaveProperty('INPUT_MODEL')
    expect(seen.env).not.toHaveProperty('NODE_OPTIONS')
    expect(seen.env).not.toHaveProperty('JEST_WORKER_ID')
    expect(fake.comments('acme', 'fraud-model', 1).at(-1)).toMatchObject({ user: { login: BOT_LOGIN }, body: `hello from ${seen.version}` })
  })

  test('kills a step that hangs', async () => {
    const sha = repo.sha()
    await expect(
      runAction({
        entry: join(stubDir, 'hang.mjs'),
        workspace: repo.dir,
        apiUrl: fake.url,
        payload: pullRequestEvent({ baseSha: sha, headSha: sha }),
        timeoutMs: 300,
      }),
    ).rejects.toThrow(/timed out after 300 ms/)
  })
})

describe('parseOutputFile', () => {
  test('reads heredocs and plain lines', () => {
    expect(parseOutputFile('a<<D1\nx\n\ny\nD1\nb=1=2\nc<<D2\nD2\n')).toEqual({ a: 'x\n\ny', b: '1=2', c: '' })
  })

  test('refuses an unterminated heredoc', () => {
    expect(() => parseOutputFile('a<<D1\nx\n')).toThrow(/no closing D1/)
  })
})

describe('createGitRepo', () => {
  test('commits, branches and lists files at a commit', () => {
    const git = createGitRepo({ 'a.txt': 'one\n', 'dir/b.txt': 'two\n' })
    try {
      const base = git.sha()
      git.branch('feature')
      const head = git.commit({ 'a.txt': 'uno\n', 'dir/b.txt': null, 'c.txt': 'tres\n' })
      expect(head).toMatch(/^[0-9a-f]{40}$/)
      expect(git.files(base)).toEqual({ 'a.txt': 'one\n', 'dir/b.txt': 'two\n' })
      expect(git.files(head)).toEqual({ 'a.txt': 'uno\n', 'c.txt': 'tres\n' })
      expect(git.git('rev-parse', '--abbrev-ref', 'HEAD')).toBe('feature')
      git.checkout('main')
      expect(git.sha()).toBe(base)
    } finally {
      git.remove()
    }
  })
})
