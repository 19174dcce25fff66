import { afterEach, describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { createGitRepo, type GitRepo } from '../helpers/git-repo.js'
import { nodeBinaries, REPO_ROOT } from '../helpers/run-action.js'

const CLI = join(REPO_ROOT, 'dist', 'cli', 'index.js')

const POLICY = `version: 1
metrics:
  file: eval/metrics.json
gates:
  accuracy:
    min: 0.90
    max_regression: 1%
`
const metrics = (accuracy: number): string => `${JSON.stringify({ accuracy })}\n`

interface CliRun {
  code: number | null
  stdout: string
  stderr: string
}

function cli(cwd: string, ...args: string[]): CliRun {
  return cliOn(process.execPath, cwd, ...args)
}

function cliOn(node: string, cwd: string, ...args: string[]): CliRun {
  const result = spawnSync(node, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

let repo: GitRepo | undefined
let out: string | undefined
afterEach(() => {
  repo?.remove()
  if (out) rmSync(out, { recursive: true, force: true })
  repo = undefined
  out = undefined
})

function setup(): { repo: GitRepo; out: string } {
  repo = createGitRepo({ '.github/model-gate.yml': POLICY, 'eval/metrics.json': metrics(0.95) })
  out = mkdtempSync(join(tmpdir(), 'model-gate-cli-'))
  return { repo, out }
}

describe("the CLI on every supported Node (this machine's and Node 24)", () => {
  test.each([0, 1])(
    'node binary %i: --version, a blocking check and an approving one',
    (index) => {
      const node = nodeBinaries()[index]!
      const { repo } = setup()
      expect(cliOn(node.path, repo.dir, '--version').stdout).toMatch(/^model-gate \d+\.\d+\.\d+\n$/)
      expect(cliOn(node.path, repo.dir, 'check', '--base', 'main')).toMatchObject({ code: 0 })
      writeFileSync(join(repo.dir, 'eval/metrics.json'), metrics(0.5))
      const blocked = cliOn(node.path, repo.dir, 'check', '--base', 'main')
      expect(blocked.code).toBe(1)
      expect(blocked.stdout).toMatch(/^model-gate: BLOCKED/)
    },
    120_000,
  )
})

describe('model-gate check', () => {
  test('approves an unchanged working tree (exit 0), and warns that the base is HEAD itself', () => {
    const { repo } = setup()
    const run = cli(repo.dir, 'check')
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^model-gate: APPROVED/)
    expect(run.stderr).toBe(
      `model-gate: base: the merge-base of HEAD and main (${repo.sha('main').slice(0, 7)}); pass --base REF to choose another.\n` +
        `model-gate: warning: the base is HEAD itself (${repo.sha('main').slice(0, 7)}) and the working tree has no changes, so the baseline equals the candidate; pass --base with the commit to compare with.\n`,
    )
  })

  test('without --base, a committed regression on a branch is compared with the merge-base with main, and blocks', () => {
    const { repo } = setup()
    const start = repo.sha('main')
    repo.branch('feature')
    repo.commit({ 'eval/metrics.json': metrics(0.91) }, 'retrain')
    const run = cli(repo.dir, 'check')
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/^model-gate: BLOCKED — 1 failed blocking check/)
    expect(run.stdout).toMatch(/✗ accuracy: dropped 0\.04/)
    expect(run.stderr).toBe(
      `model-gate: base: the merge-base of HEAD and main (${start.slice(0, 7)}); pass --base REF to choose another.\n`,
    )
  })

  test('without --base and without a default branch, HEAD is the base and the CLI says so', () => {
    const { repo } = setup()
    repo.branch('work')
    spawnSync('git', ['branch', '-D', 'main'], { cwd: repo.dir })
    const run = cli(repo.dir, 'check')
    expect(run.code).toBe(0)
    expect(run.stderr).toContain('model-gate: base: HEAD (')
    expect(run.stderr).toContain('no origin/HEAD, main or master')
  })

  test('--version prints the package version', () => {
    const { repo } = setup()
    const run = cli(repo.dir, '--version')
    const version = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')).version
    expect(run).toMatchObject({ code: 0, stdout: `model-gate ${version}\n`, stderr: '' })
  })

  test('max_improvement works in the CLI: a gain too good to be true blocks', () => {
    repo = createGitRepo({
      '.github/model-gate.yml': 'version: 1\ngates:\n  accuracy:\n    max_improvement: 5%\n',
      'eval/metrics.json': metrics(0.8),
    })
    writeFileSync(join(repo.dir, 'eval/metrics.json'), metrics(0.95))
    const run = cli(repo.dir, 'check', '--base', 'main')
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('too good to be true')
  })

  test('blocks a regression in the working tree against --base (exit 1), with report and markdown', () => {
    const { repo, out } = setup()
    writeFileSync(join(repo.dir, 'eval/metrics.json'), metrics(0.93))
    const report = join(out, 'report.json')
    const markdown = join(out, 'comment.md')
    const run = cli(repo.dir, 'check', '--base', 'main', '--report', report, '--markdown', markdown)
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/^model-gate: BLOCKED — 1 failed blocking check/)
    expect(run.stdout).toMatch(/✗ accuracy: dropped 0\.02/)

    const json = JSON.parse(readFileSync(report, 'utf8'))
    const ajv = new Ajv2020({ allErrors: true })
    const valid = ajv.validate(JSON.parse(readFileSync(join(REPO_ROOT, 'schema/report.schema.json'), 'utf8')), json)
    expect(ajv.errors ?? []).toEqual([])
    expect(valid).toBe(true)
    expect(json).toMatchObject({ verdict: 'blocked', mode: 'enforce', policy: { source: 'base', sha: repo.sha('main') } })
    expect(json.checks).toContainEqual(
      expect.objectContaining({ id: 'baseline:accuracy:max_regression', status: 'fail', baseline: 0.95, candidate: 0.93 }),
    )

    const comment = readFileSync(markdown, 'utf8')
    expect(comment.split('\n')[0]).toMatch(/^<!-- model-gate model=default head=[0-9a-f]{40} -->$/)
    expect(comment).toMatch(/## ❌ model-gate: blocked/)
    expect(comment).toContain('−0.02 (−2.1%)')
  })

  test('reads the policy and the baseline at --base, not from the working tree', () => {
    const { repo } = setup()
    writeFileSync(join(repo.dir, '.github/model-gate.yml'), POLICY.replace('min: 0.90', 'min: 0.10').replace('1%', '50%'))
    writeFileSync(join(repo.dir, 'eval/metrics.json'), metrics(0.5))
    const run = cli(repo.dir, 'check', '--base', 'HEAD')
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/loosens: .*accuracy/)
  })

  test('--mode advisory always exits 0 but still says blocked', () => {
    const { repo } = setup()
    writeFileSync(join(repo.dir, 'eval/metrics.json'), metrics(0.5))
    const run = cli(repo.dir, 'check', '--mode', 'advisory')
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^model-gate: BLOCKED \(advisory: not enforced\)/)
  })

  test('an invalid policy exits 2 with file:line:column', () => {
    const { repo } = setup()
    repo.commit({ '.github/model-gate.yml': POLICY.replace('1%', 'five%') })
    const run = cli(repo.dir, 'check')
    expect(run.code).toBe(2)
    expect(run.stdout).toMatch(/^model-gate: ERROR/)
    expect(run.stdout).toMatch(/\.github\/model-gate\.yml:7:\d+: .*percentage like 5%/)
  })

  test('-C runs in a folder of a larger repository, with paths relative to it', () => {
    repo = createGitRepo({ 'models/fraud/.github/model-gate.yml': POLICY, 'models/fraud/eval/metrics.json': metrics(0.95) })
    writeFileSync(join(repo.dir, 'models/fraud/eval/metrics.json'), metrics(0.5))
    const run = cli(repo.dir, 'check', '-C', 'models/fraud')
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/accuracy: 0\.5 is below the floor 0\.9/)
  })

  test.each([
    [['check', '--base', 'no-such-ref'], /--base no-such-ref: no such commit/],
    [['check', '--mode', 'strict'], /--mode is "strict"; expected one of: enforce, advisory/],
    [['check', '--frobnicate'], /Unknown option '--frobnicate'/],
    [['deploy'], /unknown command: deploy/],
    [[], /missing command: check/],
  ])('usage error %j exits 2 with a clear message', (args, message) => {
    const { repo } = setup()
    const run = cli(repo.dir, ...args)
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(message)
  })

  test('a policy of many gates lists the first 50 passing checks and counts the rest; -v lists them all', () => {
    const names = Array.from({ length: 60 }, (_, i) => `m${String(i).padStart(2, '0')}`)
    const gates = names.map((name) => `  ${name}:\n    min: 0.5\n`).join('')
    const values = Object.fromEntries(names.map((name) => [name, 0.9]))
    repo = createGitRepo({
      '.github/model-gate.yml': `version: 1\nmetrics:\n  file: eval/metrics.json\ngates:\n${gates}`,
      'eval/metrics.json': `${JSON.stringify({ ...values, m07: 0.4 })}\n`,
    })
    const run = cli(repo.dir, 'check', '--base', 'main')
    expect(run.code).toBe(1)
    const lines = run.stdout.split('\n')
    expect(lines.filter((line) => line.startsWith('  ✗ '))).toEqual(['  ✗ m07: 0.4 is below the floor 0.5'])
    expect(lines.filter((line) => /^ {2}✓ m\d\d: /.test(line))).toHaveLength(50)
    expect(lines).toContain('  ✓ … and 9 more passing checks (--verbose lists every check)')
    const verbose = cli(repo.dir, 'check', '--base', 'main', '-v')
    expect(verbose.stdout.split('\n').filter((line) => /^ {2}✓ m\d\d: /.test(line))).toHaveLength(59)
    expect(verbose.stdout).not.toContain('more passing check')
  })

  test('outside a git repository it exits 2 and says why', () => {
    out = mkdtempSync(join(tmpdir(), 'model-gate-cli-'))
    const run = cli(out, 'check')
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/not inside a git repository/)
  })

  test('--help prints the options and exits 0', () => {
    out = mkdtempSync(join(tmpdir(), 'model-gate-cli-'))
    const run = cli(out, '--help')
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/--markdown FILE/)
  })
})
