/**
 * Shared pieces of the end-to-end tests: a PR fixture (a real git repository whose base commit
 * is mirrored into the fake GitHub API), policy and metrics builders, and readers for what the
 * bundled action leaves behind (outputs, report, comment, workflow commands on stdout).
 */
import { expect } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pullRequestEvent } from '../helpers/events.js'
import { BOT_LOGIN, startFakeGitHub, type FakeComment, type FakeGitHub, type RequestRecord } from '../helpers/fake-github.js'
import { createGitRepo, type FileChanges, type GitRepo } from '../helpers/git-repo.js'
import { nodeBinaries, runAction, type ActionRun, type NodeBinary, type RunActionOptions } from '../helpers/run-action.js'

export const OWNER = 'acme'
export const REPO = 'fraud-model'
export const PR = 42
export const POLICY_PATH = '.github/model-gate.yml'
export const METRICS_PATH = 'eval/metrics.json'

/** The base policy most scenarios use: a floor and a regression limit on accuracy, a latency ceiling. */
export const POLICY = `version: 1
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

/** An eval step's output: `{"accuracy": a, "latency_ms": {"p95": p}}`. */
export const metrics = (accuracy: number, p95: number): string => `${JSON.stringify({ accuracy, latency_ms: { p95 } }, null, 2)}\n`

/** The 1-based line of the first line of `text` that contains `needle`. */
export function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle))
  if (index < 0) throw new Error(`${JSON.stringify(needle)} is not in the text`)
  return index + 1
}

export interface PrFixture {
  fake: FakeGitHub
  repo: GitRepo
  baseSha: string
  /** Commits changes on the checked-out `feature` branch; returns the new head SHA. */
  commit(changes: FileChanges): string
  /** Runs the bundled action on the pull_request event of PR `PR` (base → head). */
  run(node: NodeBinary, headSha: string, opts?: Partial<RunActionOptions>): Promise<ActionRun>
  /** Comments on the PR written by the action's token (the bot). */
  ours(): FakeComment[]
  /** Every comment on the PR. */
  all(): FakeComment[]
  close(): Promise<void>
}

/**
 * A repository whose `main` holds `baseFiles` (mirrored into the fake API at that commit) with a
 * `feature` branch checked out for the PR. `mirror: false` leaves the fake without the base files.
 */
export async function prFixture(baseFiles: FileChanges, opts: { mirror?: boolean } = {}): Promise<PrFixture> {
  const fake = await startFakeGitHub()
  const repo = createGitRepo(baseFiles)
  const baseSha = repo.sha()
  if (opts.mirror !== false) fake.setFiles(OWNER, REPO, baseSha, repo.files(baseSha))
  repo.branch('feature')
  return {
    fake,
    repo,
    baseSha,
    commit: (changes) => repo.commit(changes, 'PR change'),
    run: (node, headSha, extra = {}) =>
      runAction({
        node: node.path,
        workspace: repo.dir,
        apiUrl: fake.url,
        repository: `${OWNER}/${REPO}`,
        payload: pullRequestEvent({ owner: OWNER, repo: REPO, number: PR, baseSha, headSha }),
        ...extra,
      }),
    ours: () => fake.comments(OWNER, REPO, PR).filter((c) => c.user.login === BOT_LOGIN),
    all: () => fake.comments(OWNER, REPO, PR),
    async close() {
      await fake.close()
      repo.remove()
    },
  }
}

/** Checks the exit code and the verdict output, showing the step's stdout and stderr when they differ. */
export function expectRun(run: ActionRun, expected: { code: number; verdict: string }): void {
  const actual = { code: run.code, verdict: run.outputs.verdict }
  if (actual.code !== expected.code || actual.verdict !== expected.verdict) {
    throw new Error(
      `expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}\n--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}`,
    )
  }
}

/** The first line a reader sees: not blank, not the hidden marker. */
export function firstVisibleLine(markdown: string): string {
  return markdown.split('\n').find((line) => line.trim() !== '' && !line.startsWith('<!--')) ?? ''
}

/** The comment without its marker line must be the job summary: both say the same thing. */
export function expectSummaryMatches(run: ActionRun, comment: FakeComment): void {
  const [marker, ...rest] = comment.body.split('\n')
  expect(marker).toMatch(/^<!-- model-gate model=default head=[0-9a-f]{40} -->$/)
  expect(run.summary.trim()).toBe(rest.join('\n').trim())
}

/** The JSON report the `report` output names (it must exist). */
export function readReport(run: ActionRun): Record<string, any> {
  const path = run.outputs.report
  if (!path || !existsSync(path)) throw new Error(`no report file at ${JSON.stringify(path)}\n--- stdout\n${run.stdout}`)
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, any>
}

/** A workflow command on stdout (`::error file=…,line=…::message`), properties unescaped. */
export interface WorkflowCommand {
  command: string
  properties: Record<string, string>
  message: string
}

const unescapeProperty = (s: string): string =>
  s.replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%')
const unescapeData = (s: string): string => s.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%')

/** The `::command props::message` lines the step printed (annotations, failure). */
export function workflowCommands(stdout: string, command?: string): WorkflowCommand[] {
  const found: WorkflowCommand[] = []
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line)
    if (!m || (command && m[1] !== command)) continue
    const properties: Record<string, string> = {}
    for (const pair of (m[2] ?? '').split(',').filter(Boolean)) {
      const eq = pair.indexOf('=')
      properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1))
    }
    found.push({ command: m[1]!, properties, message: unescapeData(m[3]!) })
  }
  return found
}

/** Requests to the PR's comments: listing, creating, updating, deleting. */
export function commentRequests(requests: readonly RequestRecord[]): RequestRecord[] {
  return requests.filter((r) => /\/issues\/(?:\d+\/)?comments/.test(r.path))
}

/** Requests to the contents API, as `path@ref`. */
export function contentReads(requests: readonly RequestRecord[]): string[] {
  return requests.filter((r) => r.path.includes('/contents/')).map((r) => `${r.path.replace(/^.*\/contents\//, '')}@${r.query.ref ?? ''}`)
}

/** `abc1234` for a SHA, as the comment shows it. */
export const short = (sha: string): string => sha.slice(0, 7)

/** The node binaries every scenario runs under, by index into nodeBinaries() (resolved lazily). */
export const NODES = [
  { label: `node${process.versions.node.split('.')[0]}`, index: 0 },
  { label: 'node24', index: 1 },
]

/** The binary at `index` of nodeBinaries(); call it in a test or hook (the first call may download Node 24). */
export const nodeAt = (index: number): NodeBinary => nodeBinaries()[index]!

/** The cells of the metric table's row for `metric`: status, check, baseline, candidate, change, rule. */
export function tableRow(markdown: string, metric: string): string[] {
  const line = markdown.split('\n').find((l) => l.startsWith('| ') && l.includes(`| \`${metric}\` |`))
  if (!line) throw new Error(`no table row for ${metric} in\n${markdown}`)
  return line
    .slice(1, -1)
    .split(' | ')
    .map((cell) => cell.trim())
}

/** The metric names of the table's rows, in order. */
export function tableMetrics(markdown: string): string[] {
  return markdown
    .split('\n')
    .filter((l) => /^\| \S+ \| `[^`]+` \|/.test(l))
    .map((l) => /^\| \S+ \| `([^`]+)` \|/.exec(l)![1]!)
}

/** A checkout like actions/checkout's default: `git clone --depth=1` of one branch, without older commits. */
export interface ShallowClone {
  dir: string
  /** True when the clone has the commit (it should not have the base). */
  has(sha: string): boolean
  remove(): void
}

export function shallowClone(source: GitRepo, branch: string): ShallowClone {
  const parent = mkdtempSync(join(tmpdir(), 'model-gate-shallow-'))
  const dir = join(parent, 'checkout')
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: parent, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' }
  const git = (args: string[], cwd = parent): string =>
    execFileSync('git', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim()
  git(['clone', '--quiet', '--depth=1', '--single-branch', `--branch=${branch}`, `file://${source.dir}`, dir])
  if (git(['rev-parse', '--is-shallow-repository'], dir) !== 'true') throw new Error(`${dir} is not a shallow clone`)
  return {
    dir,
    has(sha) {
      try {
        git(['cat-file', '-e', `${sha}^{commit}`], dir)
        return true
      } catch {
        return false
      }
    },
    remove: () => rmSync(parent, { recursive: true, force: true }),
  }
}
