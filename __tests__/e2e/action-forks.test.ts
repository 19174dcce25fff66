/**
 * Pull requests from forks, the two-workflow pattern of docs/forks.md, with the bundled action:
 * the `pull_request` run gates with a read-only token and writes the report; the `workflow_run`
 * run, with no checkout, posts the comment from that report (input `report`). The report is
 * untrusted: a forged, invalid or hostile one posts nothing, or only escaped text. Every scenario
 * runs under Node 20 and Node 24; the report's round trip through the renderer is checked in process.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import { copyFileSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { InvalidReport, parseReport, resultFromReport } from '../../src/report/read.js'
import type { GateResult } from '../../src/core/types.js'
import { renderComment } from '../../src/render/comment.js'
import { toReport } from '../../src/report/write.js'
import { workflowRunEvent } from '../helpers/events.js'
import { BOT_LOGIN } from '../helpers/fake-github.js'
import { REPO_ROOT, nodeBinaries, runAction, type ActionRun, type NodeBinary } from '../helpers/run-action.js'
import * as fx from '../render/fixtures.js'
import { renderGfm, tablesOf, textOf, textOutsideCode } from '../render/gfm.js'
import {
  METRICS_PATH,
  NODES,
  OWNER,
  POLICY,
  POLICY_PATH,
  PR,
  REPO,
  commentRequests,
  contentReads,
  expectRun,
  expectSummaryMatches,
  firstVisibleLine,
  metrics,
  nodeAt,
  prFixture,
  readReport,
  tableRow,
  workflowCommands,
  type PrFixture,
} from './fixture.js'

beforeAll(() => void nodeBinaries(), 300_000)

const FORK = 'contributor/fraud-model'
const SAME_REPO = `${OWNER}/${REPO}`
const READ_ONLY = 'ghs_fork_read_only'
/** The `pull_request` run's id (runAction's GITHUB_RUN_ID); the `workflow_run` run has its own. */
const GATE_RUN_ID = 4242
const COMMENT_RUN_ID = '5151'

type Json = Record<string, any>

interface ForkPr {
  pr: PrFixture
  head: string
  /** The `pull_request` run. */
  gate: ActionRun
  /** Where the `workflow_run` run downloaded the report artifact. */
  reportPath: string
  /** The report as the `pull_request` run wrote it. */
  report: Json
  /** The `workflow_run` run's empty workspace (no checkout) and artifact directory. */
  dir: string
  remove(): Promise<void>
}

/**
 * A PR from `headRepo` that regresses accuracy (blocked), gated by the `pull_request` run with a
 * read-only token; its report copied out the way download-artifact leaves it.
 */
async function forkPr(node: NodeBinary, headRepo = FORK): Promise<ForkPr> {
  const pr = await prFixture({ [POLICY_PATH]: POLICY, [METRICS_PATH]: metrics(0.95, 90) })
  pr.fake.addToken(READ_ONLY, { login: BOT_LOGIN, installation: true, readOnly: true })
  const head = pr.commit({ [METRICS_PATH]: metrics(0.91, 92) })
  pr.fake.setPullRequest(OWNER, REPO, PR, { headSha: head, baseSha: pr.baseSha, headRepo })
  const gate = await pr.run(node, head, { token: READ_ONLY })
  const dir = mkdtempSync(join(tmpdir(), 'model-gate-artifact-'))
  const reportPath = join(dir, 'model-gate-report-default.json')
  copyFileSync(gate.outputs.report!, reportPath)
  return {
    pr,
    head,
    gate,
    reportPath,
    report: readReport(gate),
    dir,
    async remove() {
      await pr.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

interface CommentRunOptions {
  reportPath?: string
  headSha?: string
  headRepo?: string
  /** Same-repository PRs GitHub lists in the event; none for a fork. */
  listed?: boolean
}

/** The `workflow_run` run: model-gate with the `report` input, the write token, no checkout. */
function commentRun(fork: ForkPr, node: NodeBinary, opts: CommentRunOptions = {}): Promise<ActionRun> {
  const headSha = opts.headSha ?? fork.head
  return runAction({
    node: node.path,
    workspace: fork.dir,
    apiUrl: fork.pr.fake.url,
    repository: SAME_REPO,
    eventName: 'workflow_run',
    payload: workflowRunEvent({
      owner: OWNER,
      repo: REPO,
      runId: GATE_RUN_ID,
      headSha,
      headRepo: opts.headRepo ?? FORK,
      pullRequests: opts.listed ? [{ number: PR, headSha, baseSha: fork.pr.baseSha }] : [],
    }),
    sha: fork.pr.baseSha,
    env: { GITHUB_RUN_ID: COMMENT_RUN_ID },
    inputs: { report: opts.reportPath ?? fork.reportPath },
  })
}

/** Writes a copy of the fork's report, changed by `spoil`, next to it; returns its path. */
function spoiled(fork: ForkPr, name: string, spoil: (report: Json) => void): string {
  const report = structuredClone(fork.report)
  spoil(report)
  const path = join(fork.dir, name)
  writeFileSync(path, JSON.stringify(report, null, 2))
  return path
}

const messages = (run: ActionRun, command: string): string[] => workflowCommands(run.stdout, command).map((c) => c.message)

/** Requests that write comments (create, update, delete), from the `since`-th request on. */
const commentWrites = (fork: ForkPr, since: number): string[] =>
  commentRequests(fork.pr.fake.requests.slice(since))
    .filter((r) => r.method !== 'GET')
    .map((r) => `${r.method} ${r.path}`)

describe.each(NODES)('a pull request from a fork, in two workflows ($label)', ({ index }) => {
  const node = () => nodeAt(index)
  let fork: ForkPr | undefined
  afterEach(async () => {
    await fork?.remove()
    fork = undefined
  })

  test('the pull_request run gates without a comment; the workflow_run run posts exactly what a same-repo run posts', async () => {
    fork = await forkPr(node())
    const { pr, head, gate } = fork

    expectRun(gate, { code: 1, verdict: 'blocked' })
    expect(pr.all()).toEqual([])
    expect(messages(gate, 'warning')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Could not write the PR comment .*read-only token/)]),
    )
    expect(fork.report).toMatchObject({ verdict: 'blocked', failed: 1, head, base: pr.baseSha })

    const before = pr.fake.requests.length
    const post = await commentRun(fork, node())
    expectRun(post, { code: 0, verdict: 'blocked' })
    expect(post.outputs.failed).toBe('1')
    const comments = pr.all()
    expect(comments).toHaveLength(1)
    const [comment] = comments
    expect(comment!.user.login).toBe(BOT_LOGIN)
    expect(post.outputs['comment-url']).toBe(comment!.html_url)
    expect(comment!.body.startsWith(`<!-- model-gate model=default head=${head} -->\n`)).toBe(true)
    expect(firstVisibleLine(comment!.body)).toBe('## ❌ model-gate: blocked — 1 of 2 metrics fails')
    expect(comment!.body).toContain('**accuracy** dropped 4.2% (0.95 → 0.91; may drop at most 1%)')
    expect(tableRow(comment!.body, 'accuracy')).toEqual([
      '❌',
      '`accuracy`',
      '0.95',
      '0.91',
      '−0.04 (−4.2%)',
      'at least 0.9; may drop at most 1% (fails)',
    ])
    expect(comment!.body).toContain(`/actions/runs/${GATE_RUN_ID}>)`)
    expect(comment!.body).not.toContain(COMMENT_RUN_ID)
    expectSummaryMatches(post, comment!)

    const served = pr.fake.requests.slice(before)
    expect(contentReads(served)).toEqual([])
    expect(served.filter((r) => r.path.includes('/pulls')).map((r) => `${r.path}${r.query.head ? `?head=${r.query.head}` : ''}`)).toEqual([
      `/repos/${OWNER}/${REPO}/commits/${head}/pulls`,
      `/repos/${OWNER}/${REPO}/pulls?head=contributor:feature`,
      `/repos/${OWNER}/${REPO}/pulls/${PR}`,
    ])

    // The same gate with a write token, as for a PR from a branch of the repository: same body.
    const same = await pr.run(node(), head)
    expectRun(same, { code: 1, verdict: 'blocked' })
    expect(pr.all()).toHaveLength(1)
    expect(pr.all()[0]!.body).toBe(comment!.body)
  })

  test.each([
    ['listed in the event (a PR from a branch of the repository)', { listed: true }, [`/repos/${OWNER}/${REPO}/pulls/${PR}`]],
    [
      'found by its head commit (a same-repository PR the event does not list)',
      { listed: false },
      [`/repos/${OWNER}/${REPO}/commits/{head}/pulls`, `/repos/${OWNER}/${REPO}/pulls/${PR}`],
    ],
  ])('the pull request %s gets the comment', async (_how, opts, lookups) => {
    fork = await forkPr(node(), SAME_REPO)
    const before = fork.pr.fake.requests.length
    const post = await commentRun(fork, node(), { ...opts, headRepo: SAME_REPO })

    expectRun(post, { code: 0, verdict: 'blocked' })
    expect(fork.pr.all()).toHaveLength(1)
    expect(firstVisibleLine(fork.pr.all()[0]!.body)).toBe('## ❌ model-gate: blocked — 1 of 2 metrics fails')
    const served = fork.pr.fake.requests
      .slice(before)
      .filter((r) => r.path.includes('/pulls'))
      .map((r) => r.path)
    expect(served).toEqual(lookups.map((path) => path.replace('{head}', fork!.head)))
  })

  test.each<[string, string, (fork: ForkPr) => CommentRunOptions, RegExp]>([
    [
      'a forged report: it judged another commit than the run',
      FORK,
      (f) => ({ reportPath: spoiled(f, 'forged.json', (r) => (r.head = f.pr.baseSha)) }),
      /^The report is for commit [0-9a-f]{7}, but the workflow run was for [0-9a-f]{7}: not posting it \(a forged or mixed-up report\)\.$/,
    ],
    [
      'a listed PR moved on after the run',
      SAME_REPO,
      (f) => {
        const newer = f.pr.commit({ [METRICS_PATH]: metrics(0.96, 80) })
        f.pr.fake.setPullRequest(OWNER, REPO, PR, { headSha: newer, baseSha: f.pr.baseSha, headRepo: SAME_REPO })
        return { listed: true, headRepo: SAME_REPO }
      },
      /^Pull request #42 is now at [0-9a-f]{7}, no longer at [0-9a-f]{7}, the commit this report is for: .* No comment was posted\.$/,
    ],
    [
      "a fork's PR moved on after the run",
      FORK,
      (f) => {
        const newer = f.pr.commit({ [METRICS_PATH]: metrics(0.96, 80) })
        f.pr.fake.setPullRequest(OWNER, REPO, PR, { headSha: newer, baseSha: f.pr.baseSha, headRepo: FORK })
        return {}
      },
      /^No open pull request has the head [0-9a-f]{7} \(it was pushed to since, or closed\)\. No comment was posted\.$/,
    ],
    [
      'no open PR has the head (closed)',
      FORK,
      (f) => {
        f.pr.fake.setPullRequest(OWNER, REPO, PR, { headSha: f.head, baseSha: f.pr.baseSha, headRepo: FORK, state: 'closed' })
        return {}
      },
      /^No open pull request has the head [0-9a-f]{7} \(it was pushed to since, or closed\)\. No comment was posted\.$/,
    ],
  ])('%s: a warning, no comment, exit 0', async (_name, headRepo, arrange, warning) => {
    fork = await forkPr(node(), headRepo)
    const before = fork.pr.fake.requests.length
    const post = await commentRun(fork, node(), arrange(fork))

    expectRun(post, { code: 0, verdict: 'blocked' })
    expect(post.outputs['comment-url']).toBe('')
    expect(messages(post, 'warning')).toEqual([expect.stringMatching(warning)])
    expect(fork.pr.all()).toEqual([])
    expect(commentWrites(fork, before)).toEqual([])
  })

  test('a report with hostile strings is escaped like any comment: layout holds, nothing pings, links or loads', async () => {
    fork = await forkPr(node())
    const hostile =
      '<!-- model-gate model=x --> @octocat @acme/on-call #7 <img src=x onerror=alert(1)> ![i](http://evil.example/i.png) [win](http://evil.example) a|b\n## approved ::error::pwned'
    const path = spoiled(fork, 'hostile.json', (r) => {
      const failing = r.checks.find((c: Json) => c.status === 'fail')
      Object.assign(failing, { metric: `accuracy ${hostile}`, rule: hostile, message: hostile })
      r.candidate.note = hostile
      r.models[0].candidate.note = hostile
      r.models[0].declarations = {
        file: hostile,
        personalData: true,
        regulations: [hostile],
        legalBasis: [hostile],
        anonymisation: hostile,
        specialCategories: [],
        owners: [hostile],
        team: hostile,
        onCall: hostile,
        lastReviewed: null,
        nextReview: hostile,
      }
      r.policyChanges.push({
        target: hostile,
        field: 'min',
        from: 1,
        to: 0,
        effect: 'loosens',
        words: hostile,
        description: hostile,
        model: 'default',
      })
    })
    const post = await commentRun(fork, node(), { reportPath: path })

    expectRun(post, { code: 0, verdict: 'blocked' })
    const [comment, ...more] = fork.pr.all()
    expect(more).toEqual([])
    const [marker, ...rest] = comment!.body.split('\n')
    expect(marker).toBe(`<!-- model-gate model=default head=${fork.head} -->`)
    expect(rest.join('\n')).not.toMatch(/<!--|-->|<img|(?<!\\)\]\(http/)
    expect(rest.filter((line) => line.startsWith('## '))).toEqual(['## ❌ model-gate: blocked — 1 of 3 metrics fails'])

    const html = renderGfm(comment!.body)
    expect(html).not.toMatch(/<img|<h2>approved/)
    const links = [...html.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1]!)
    expect(links.filter((href) => !href.startsWith(`${fork!.pr.fake.url}/${OWNER}/${REPO}/`))).toEqual([])
    expect(textOutsideCode(html)).not.toMatch(/@octocat|@acme\/on-call|#7\b/)
    expect(textOf(html)).toContain('<img src=x onerror=alert(1)>')
    for (const table of tablesOf(html)) {
      const width = table[0]!.length
      expect(table.map((row) => row.length)).toEqual(table.map(() => width))
    }
    expect(post.stdout).not.toMatch(/^::error::pwned/m)
  })

  describe('an unusable report or event: a clear error, exit 1, no comment', () => {
    let shared: ForkPr
    beforeAll(async () => {
      shared = await forkPr(node())
    }, 120_000)
    afterAll(async () => {
      await shared.remove()
    })

    const write = (name: string, text: string | Buffer): string => {
      const path = join(shared.dir, name)
      writeFileSync(path, text)
      return path
    }

    test.each<[string, () => string, RegExp]>([
      ['not JSON', () => write('broken.json', '{"verdict": "approved",'), /is not JSON/],
      [
        'an unknown verdict',
        () => spoiled(shared, 'verdict.json', (r) => (r.verdict = 'approved!')),
        /is not a model-gate report: "\/verdict" must be one of "approved", "blocked", "error" \(schema\/report\.schema\.json\)/,
      ],
      [
        'a field the schema does not know (raw markdown to post)',
        () => spoiled(shared, 'extra.json', (r) => (r.comment = '## ✅ model-gate: approved')),
        /is not a model-gate report: the top level has an unknown field "comment"/,
      ],
      [
        'markdown in place of a check',
        () => spoiled(shared, 'check.json', (r) => (r.checks[0] = '| ✅ | `accuracy` |')),
        /is not a model-gate report: "\/checks\/0" must be object/,
      ],
      [
        'approved over a failing check',
        () => spoiled(shared, 'approved.json', (r) => (r.verdict = r.models[0].verdict = 'approved')),
        /contradicts itself: model "default" is `approved`, its checks and problems make it `blocked`\./,
      ],
      [
        'a failed count that hides the failure',
        () => spoiled(shared, 'count.json', (r) => (r.failed = r.models[0].failed = 0)),
        /contradicts itself: model "default" says 0 failed checks, its checks have 1/,
      ],
      ['over 16 MiB', () => write('huge.json', `{"pad": "${'x'.repeat(16 * 1024 * 1024)}"}`), /is larger than 16777216 bytes/],
      ['not UTF-8', () => write('latin1.json', Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d])), /is not UTF-8 text/],
      [
        'a symbolic link',
        () => {
          const link = join(shared.dir, 'link.json')
          symlinkSync(shared.reportPath, link)
          return link
        },
        /Cannot read the report .*link\.json: it is a symbolic link/,
      ],
      ['missing', () => join(shared.dir, 'absent.json'), /Cannot read the report .*absent\.json: there is no such file/],
    ])('%s', async (_name, make, error) => {
      const before = shared.pr.fake.requests.length
      const post = await commentRun(shared, node(), { reportPath: make() })

      expectRun(post, { code: 1, verdict: 'error' })
      expect(post.outputs.failed).toBe('0')
      expect(post.outputs['comment-url']).toBe('')
      expect(messages(post, 'error')).toEqual([expect.stringMatching(error)])
      expect(messages(post, 'error')[0]).toMatch(/It is not trusted: no comment was posted\.$/)
      expect(shared.pr.fake.requests.slice(before)).toEqual([])
      expect(shared.pr.all()).toEqual([])
    })

    test('the `report` input outside a workflow_run run', async () => {
      const post = await shared.pr.run(node(), shared.head, { inputs: { report: shared.reportPath } })

      expectRun(post, { code: 1, verdict: 'error' })
      expect(messages(post, 'error')).toEqual([
        expect.stringMatching(/posts the comment from a `workflow_run` run .*this is a `pull_request` run/),
      ])
      expect(shared.pr.all()).toEqual([])
    })
  })
})

describe('the report as untrusted input (in process)', () => {
  const written = (result: GateResult): string => JSON.stringify(toReport(result))

  const nonFinite = (): GateResult =>
    fx.result([
      fx.evaluation({
        verdict: 'blocked',
        checks: [fx.threshold('auc', 'min', 'fail', 'at least 0.8', Number.NaN, { message: 'auc is NaN, not a number' })],
      }),
    ])

  test.each<[string, () => GateResult]>([
    ['approved', fx.approvedResult],
    ['blocked', () => fx.blockedResult()],
    ['declarations', fx.declarationsResult],
    ['advisory', fx.advisoryResult],
    ['error', fx.errorResult],
    ['policy changes', fx.policyChangesResult],
    ['missing baseline', fx.missingBaselineResult],
    ['multi-model', fx.multiModelResult],
    ['a value that is not a number', nonFinite],
  ])('%s: the comment rebuilt from the report is the comment of the run', (_name, make) => {
    const result = make()
    const rebuilt = resultFromReport(parseReport(written(result)))
    expect(renderComment(rebuilt, fx.CTX)).toBe(renderComment(result, fx.CTX))
  })

  test.each<[string, (r: Json) => void, RegExp]>([
    ['a model listed twice', (r) => r.models.push(structuredClone(r.models[0])), /a model is listed twice/],
    ['a check of an unlisted model', (r) => (r.checks[0].model = 'other'), /an entry is for model "other", which `models` does not list/],
    [
      'an error without problems',
      (r) => (r.verdict = r.models[0].verdict = 'error'),
      /model "default" is `error`, its checks and problems make it `blocked`/,
    ],
    [
      'blocked with nothing failing',
      (r) => r.checks.forEach((c: Json) => (c.status = 'pass')),
      /model "default" is `blocked`, its checks and problems make it `approved`/,
    ],
    ['a negative count', (r) => (r.failed = -1), /"\/failed" must be >= 0/],
    ['a string as a number', (r) => (r.checks[0].candidate = '0.9'), /"\/checks\/0\/candidate" must be number,null/],
    ['another report version', (r) => (r.version = 2), /"\/version" must be equal to constant/],
  ])('rejects %s', (_name, spoil, message) => {
    const report = JSON.parse(written(fx.blockedResult())) as Json
    spoil(report)
    expect(() => parseReport(JSON.stringify(report))).toThrow(InvalidReport)
    expect(() => parseReport(JSON.stringify(report))).toThrow(message)
  })
})

describe('the documented set-up', () => {
  const read = (path: string): string => readFileSync(join(REPO_ROOT, path), 'utf8')

  test.each(['model-gate-pr.yml', 'model-gate-comment.yml'])('docs/forks.md shows examples/workflows/%s in full', (file) => {
    expect(read('docs/forks.md')).toContain(`\`\`\`yaml\n${read(`examples/workflows/${file}`)}\`\`\`\n`)
  })

  test('workflow 2 downloads the artifact workflow 1 uploads and posts the report it holds', () => {
    const upload = read('examples/workflows/model-gate-pr.yml')
    const comment = read('examples/workflows/model-gate-comment.yml')
    expect(upload).toMatch(/^name: model-gate$/m)
    expect(comment).toMatch(/workflows: \[model-gate\]/)
    expect(upload).toMatch(/name: model-gate-report\n\s+path: \$\{\{ steps\.gate\.outputs\.report \}\}/)
    expect(comment).toMatch(/name: model-gate-report\n\s+path: \$\{\{ runner\.temp \}\}\/model-gate-report\n/)
    expect(comment).toContain('report: ${{ runner.temp }}/model-gate-report/model-gate-report-default.json')
    expect(comment).not.toMatch(/actions\/checkout/)
  })
})
