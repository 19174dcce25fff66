/**
 * The bundled action when GitHub is unreliable or the result is big: a comment over GitHub's
 * 65,536-character limit and a job summary over 1 MiB, server errors, rate limits, a 422 "body is
 * too long", a POST that fails after it was stored, a write refused with 403, the API unreachable,
 * a run for an older head arriving late, and a baseline file over 1 MB. In every fault the verdict,
 * the outputs and the exit status are those of a run without the fault.
 *
 * The scenarios run under Node 20 and Node 24, except the unreachable API, whose retries take
 * about 45 s per run: its two runs are concurrent.
 */
import { afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { COMMENT_BODY_LIMIT, type RequestRecord } from '../helpers/fake-github.js'
import { nodeBinaries, type ActionRun } from '../helpers/run-action.js'
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
  firstVisibleLine,
  metrics,
  nodeAt,
  prFixture,
  readReport,
  shallowClone,
  short,
  tableMetrics,
  tableRow,
  workflowCommands,
  type PrFixture,
} from './fixture.js'

beforeAll(() => void nodeBinaries(), 300_000)

let pr: PrFixture | undefined
afterEach(async () => {
  await pr?.close()
  pr = undefined
})

const COMMENTS = new RegExp(`^/repos/${OWNER}/${REPO}/issues/${PR}/comments$`)
const SECONDARY = { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' }
const TOO_LONG = {
  message: 'Validation Failed',
  errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }],
}
const SUMMARY_MAX_BYTES = 1024 * 1024
const COMMENT_NOTE =
  /^\*\*This comment was shortened to fit GitHub's size limit:\*\* .* The full result is in the \[job summary of this run\]\(<http:\/\/127\.0\.0\.1:\d+\/acme\/fraud-model\/actions\/runs\/4242>\)\.$/m
const UNREACHABLE_RUN_MS = 150_000

/** What must not depend on the comment: exit status, outputs other than the comment's URL, summary. */
function verdictOf(run: ActionRun): Record<string, unknown> {
  return { code: run.code, verdict: run.outputs.verdict, failed: run.outputs.failed, summary: run.summary }
}

/** The metrics of the table rows marked failing (❌). */
const failingRows = (markdown: string): string[] => [...markdown.matchAll(/^\| ❌ \| `([^`]+)` \|/gm)].map((m) => m[1]!)

/** The statuses GitHub answered to requests matching `method` and `path`, in order. */
const statuses = (requests: readonly RequestRecord[], method: string, path: RegExp): number[] =>
  requests.filter((r) => r.method === method && path.test(r.path)).map((r) => r.status)

/** Time between the first two requests matching `method` and `path`. */
/** The base commit's policy read through the contents API. */
const POLICY_READ = /\/contents\/\.github\/model-gate\.yml$/

function gapMs(requests: readonly RequestRecord[], method: string, path: RegExp): number {
  const [first, second] = requests.filter((r) => r.method === method && path.test(r.path))
  if (!first || !second) throw new Error(`fewer than two ${method} requests to ${path}`)
  return second.at - first.at
}

/** The fixture's commits (with their parents) in the fake API, and the PR's head set to `head`. */
function mirrorHistory(fixture: PrFixture, head: string): void {
  for (const line of fixture.repo.git('rev-list', '--parents', '--all').split('\n')) {
    const [sha, ...parents] = line.trim().split(' ')
    if (sha) fixture.fake.setCommit(OWNER, REPO, sha, parents)
  }
  fixture.fake.setPullRequest(OWNER, REPO, PR, { headSha: head, baseSha: fixture.baseSha })
}

/** A TCP port on 127.0.0.1 nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

/** A PR whose head drops accuracy 0.95 → 0.91: blocked by `max_regression: 1%`. */
async function blockedPr(): Promise<{ fixture: PrFixture; head: string }> {
  const fixture = await prFixture({ [POLICY_PATH]: POLICY, [METRICS_PATH]: metrics(0.95, 90) })
  return { fixture, head: fixture.commit({ [METRICS_PATH]: metrics(0.91, 92) }) }
}

const MODELS = 200
const SLICES = 45
const model = (i: number): string => `model-${String(i).padStart(3, '0')}`
const slice = (i: number): string =>
  `merchant_category_${String(i).padStart(4, '0')}_region_emea_card_not_present_high_value_transactions_at_night_on_weekends_from_new_devices`

/** `MODELS` models gating every slice's recall; each model's metrics file has `SLICES` slices. */
const BIG_POLICY = `version: 1
mode: enforce
models:
${Array.from({ length: MODELS }, (_, i) => `  ${model(i)}:\n    metrics: { file: eval/${model(i)}.json }\n    gates:\n      "slices.*.recall": { min: 0.8, max_regression: 1% }\n`).join('')}`
const sliceMetrics = (recall: (i: number) => number): string =>
  `${JSON.stringify({ slices: Object.fromEntries(Array.from({ length: SLICES }, (_, i) => [slice(i), { recall: recall(i) }])) })}\n`
const bigFiles = (last: string): Record<string, string> =>
  Object.fromEntries(Array.from({ length: MODELS }, (_, i) => [`eval/${model(i)}.json`, i === MODELS - 1 ? last : sliceMetrics(() => 0.9)]))

describe.each(NODES)('the bundled action when the result is big or GitHub misbehaves ($label)', ({ index }) => {
  const node = () => nodeAt(index)

  test('200 models: the comment is cut to 65,536 characters and the summary to 1 MiB, verdict, headings and failing rows kept', async () => {
    pr = await prFixture({ [POLICY_PATH]: BIG_POLICY, ...bigFiles(sliceMetrics(() => 0.9)) })
    const failing = [7, 21, 33]
    const head = pr.commit({ [`eval/${model(MODELS - 1)}.json`]: sliceMetrics((i) => (failing.includes(i) ? 0.5 : 0.9)) })
    const run = await pr.run(node(), head)

    expectRun(run, { code: 1, verdict: 'blocked' })
    expect(run.outputs.failed).toBe('6')
    const [comment, ...others] = pr.ours()
    expect(others).toEqual([])
    expect(run.outputs['comment-url']).toBe(comment!.html_url)
    expect(commentRequests(pr.fake.requests).map((r) => `${r.method} ${r.status}`)).toEqual(['GET 200', 'POST 201'])
    const body = comment!.body
    expect(body.length).toBeLessThanOrEqual(COMMENT_BODY_LIMIT)
    expect(body.startsWith(`<!-- model-gate model=all head=${head} -->\n`)).toBe(true)
    expect(firstVisibleLine(body)).toBe(`## ❌ model-gate: blocked — 1 of ${MODELS} models blocked`)
    expect(body.match(/^### [✅❌] model `model-\d{3}`: /gm)).toHaveLength(MODELS)
    const shownFailing = failing.map((i) => `slices.${slice(i)}.recall`)
    expect(failingRows(body)).toEqual(shownFailing)
    expect(body.indexOf(`| ❌ | \`${shownFailing[0]}\``)).toBeGreaterThan(body.indexOf(`### ❌ model \`${model(MODELS - 1)}\``))
    expect(tableMetrics(body).length).toBeLessThan(MODELS * 40)
    expect(body).toMatch(COMMENT_NOTE)

    expect(Buffer.byteLength(run.summary)).toBeLessThanOrEqual(SUMMARY_MAX_BYTES)
    expect(Buffer.byteLength(run.summary)).toBeGreaterThan(SUMMARY_MAX_BYTES - 64 * 1024)
    expect(firstVisibleLine(run.summary)).toBe(`## ❌ model-gate: blocked — 1 of ${MODELS} models blocked`)
    expect(run.summary.match(/^### [✅❌] model `model-\d{3}`: /gm)).toHaveLength(MODELS)
    expect(failingRows(run.summary)).toEqual(shownFailing)
    expect(run.summary).toMatch(
      /^\*\*This summary was shortened to fit the size limit of a job summary:\*\* .* The full result is in the JSON report \(the `report` output\)\.$/m,
    )
    const report = readReport(run)
    expect(report.checks).toHaveLength(MODELS * SLICES * 2)
  })

  test('server errors (500, 502) on reading, the identity and the listing are retried with backoff; one comment', async () => {
    const { fixture, head } = await blockedPr()
    pr = fixture
    // A personal token: GET /user is only asked for tokens that are not installation tokens.
    pr.fake.addToken('ghp_gate_user', { login: 'gate-user' })
    pr.fake.failNext('GET', POLICY_READ, 502, {}, { message: 'Bad Gateway' })
    pr.fake.failNext('GET', /^\/user$/, 502, {}, { message: 'Bad Gateway' })
    pr.fake.failNext('GET', COMMENTS, 500, {}, { message: 'Server Error' })
    const run = await pr.run(node(), head, { token: 'ghp_gate_user' })

    expectRun(run, { code: 1, verdict: 'blocked' })
    const requests = pr.fake.requests
    expect(statuses(requests, 'GET', /\/contents\/\.github\/model-gate\.yml$/)).toEqual([502, 200])
    expect(statuses(requests, 'GET', /^\/user$/)).toEqual([502, 200])
    expect(statuses(requests, 'GET', COMMENTS)).toEqual([500, 200])
    expect(statuses(requests, 'POST', COMMENTS)).toEqual([201])
    // The policy's retry (the baseline's read, asked in parallel with it, is another request)
    for (const path of [POLICY_READ, /^\/user$/, COMMENTS]) expect(gapMs(requests, 'GET', path)).toBeGreaterThanOrEqual(900)
    const theirs = pr.all().filter((c) => c.user.login === 'gate-user')
    expect(theirs).toHaveLength(1)
    expect(run.outputs['comment-url']).toBe(theirs[0]!.html_url)
    expect(workflowCommands(run.stdout, 'warning')).toEqual([])
  })

  test('the installation token (GITHUB_TOKEN) is known to write as the Actions bot: GET /user is not asked', async () => {
    const { fixture, head } = await blockedPr()
    pr = fixture
    const run = await pr.run(node(), head)

    expectRun(run, { code: 1, verdict: 'blocked' })
    expect(pr.fake.requests.filter((r) => r.path === '/user')).toEqual([])
    expect(pr.ours()).toHaveLength(1)
  })

  test('rate limits are waited out: primary 403 on reading, secondary 429 on listing and 403 on posting', async () => {
    const { fixture, head } = await blockedPr()
    pr = fixture
    const reset = String(Math.floor(Date.now() / 1000) + 1)
    pr.fake.failNext(
      'GET',
      POLICY_READ,
      403,
      { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
      { message: 'API rate limit exceeded for installation ID 1.' },
    )
    pr.fake.failNext('GET', COMMENTS, 429, { 'retry-after': '1' }, SECONDARY)
    pr.fake.failNext('POST', COMMENTS, 403, { 'retry-after': '1' }, SECONDARY)
    const run = await pr.run(node(), head)

    expectRun(run, { code: 1, verdict: 'blocked' })
    const requests = pr.fake.requests
    expect(statuses(requests, 'GET', /\/contents\/\.github\/model-gate\.yml$/)).toEqual([403, 200])
    expect(statuses(requests, 'GET', COMMENTS)).toEqual([429, 200])
    expect(statuses(requests, 'POST', COMMENTS)).toEqual([403, 201])
    expect(gapMs(requests, 'GET', POLICY_READ)).toBeGreaterThanOrEqual(900)
    expect(gapMs(requests, 'GET', COMMENTS)).toBeGreaterThanOrEqual(900)
    expect(gapMs(requests, 'POST', COMMENTS)).toBeGreaterThanOrEqual(900)
    expect(pr.ours()).toHaveLength(1)
    expect(run.outputs['comment-url']).toBe(pr.ours()[0]!.html_url)
    const warnings = workflowCommands(run.stdout, 'warning').map((c) => c.message)
    // The reads and the listing run in parallel: their two warnings come in either order.
    expect(warnings).toHaveLength(3)
    expect(warnings.slice(0, 2)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^GitHub primary rate limit on GET .*\/contents\/.*: retrying in \d+s \(1\/3\)$/),
        expect.stringMatching(/^GitHub secondary rate limit on GET .*\/issues\/42\/comments.*: retrying in 1s \(1\/3\)$/),
      ]),
    )
    expect(warnings[2]).toMatch(/^GitHub secondary rate limit on POST .*\/issues\/.*\/comments: retrying in 1s \(1\/3\)$/)
  })

  test('422 "body is too long": the comment is cut to half once more and posted; refused again, no loop', async () => {
    const { fixture, head } = await blockedPr()
    pr = fixture
    pr.fake.failNext('POST', COMMENTS, 422, {}, TOO_LONG)
    const cut = await pr.run(node(), head)

    expectRun(cut, { code: 1, verdict: 'blocked' })
    expect(statuses(pr.fake.requests, 'POST', COMMENTS)).toEqual([422, 201])
    const [sent, stored] = pr.fake.requests.filter((r) => r.method === 'POST').map((r) => (r.body as { body: string }).body)
    const [comment] = pr.ours()
    expect(comment!.body).toBe(stored)
    expect(stored!.length).toBeLessThanOrEqual(Math.floor(sent!.length / 2))
    expect(stored!.startsWith(`<!-- model-gate model=default head=${head} -->\n## ❌ model-gate: blocked — 1 of 2 metrics fails\n`)).toBe(
      true,
    )
    expect(stored).toMatch(COMMENT_NOTE)
    expect(cut.outputs['comment-url']).toBe(comment!.html_url)
    expect(cut.stdout).toMatch(/GitHub refused the PR comment as too long \(\d+ characters\); posting it shortened to \d+\./)

    pr.fake.failNext('POST', COMMENTS, 422, {}, TOO_LONG, 10)
    pr.fake.failNext('PATCH', /\/issues\/comments\/\d+$/, 422, {}, TOO_LONG, 10)
    const before = pr.fake.requests.length
    const refused = await pr.run(node(), head)
    const writes = pr.fake.requests.slice(before).filter((r) => r.method !== 'GET')
    expect(writes.map((r) => `${r.method} ${r.status}`)).toEqual(['PATCH 422', 'PATCH 422'])
    expect(refused.outputs['comment-url']).toBe('')
    expect(workflowCommands(refused.stdout, 'warning').map((c) => c.message)).toEqual([
      expect.stringMatching(
        /^Could not write the PR comment \(Validation Failed: .*body is too long.*\); the verdict and the job summary still hold\.$/,
      ),
    ])
    expect(verdictOf(refused)).toEqual(verdictOf(cut))
  })

  test.each([
    ['answers 502', 502],
    ['drops the connection', 0],
  ])('a POST that %s after the comment was stored leaves one comment, found again and reported', async (_, status) => {
    const { fixture, head } = await blockedPr()
    pr = fixture
    pr.fake.failAfter('POST', COMMENTS, status, {}, { message: 'Bad Gateway' })
    const run = await pr.run(node(), head)

    expectRun(run, { code: 1, verdict: 'blocked' })
    const comments = pr.all()
    expect(comments).toHaveLength(1)
    expect(comments[0]!.body.startsWith(`<!-- model-gate model=default head=${head} -->\n`)).toBe(true)
    expect(run.outputs['comment-url']).toBe(comments[0]!.html_url)
    expect(commentRequests(pr.fake.requests).map((r) => `${r.method} ${r.status}`)).toEqual(['GET 200', `POST ${status}`, 'GET 200'])
    expect(workflowCommands(run.stdout, 'warning')).toEqual([])
    expect(run.stdout).toContain('The PR comment was stored although GitHub answered with an error; it is not posted again.')
  })

  test('403 "Resource not accessible by integration" on the write: a warning; summary, outputs and exit 0 as without it', async () => {
    pr = await prFixture({ [POLICY_PATH]: POLICY, [METRICS_PATH]: metrics(0.95, 90) })
    const head = pr.commit({ [METRICS_PATH]: metrics(0.951, 95) })
    pr.fake.failNext(
      'POST',
      COMMENTS,
      403,
      {},
      { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' },
    )
    const denied = await pr.run(node(), head)

    expectRun(denied, { code: 0, verdict: 'approved' })
    expect(pr.all()).toEqual([])
    expect(denied.outputs['comment-url']).toBe('')
    expect(firstVisibleLine(denied.summary)).toBe('## ✅ model-gate: approved — 2 metrics pass')
    expect(workflowCommands(denied.stdout, 'warning').map((c) => c.message)).toEqual([
      'Could not write the PR comment (Resource not accessible by integration - https://docs.github.com/rest): this token may not write to the pull request ' +
        '(a pull request from a fork gets a read-only token); the verdict and the job summary still hold.',
    ])
    expect(statuses(pr.fake.requests, 'POST', COMMENTS)).toEqual([403])

    const allowed = await pr.run(node(), head)
    expect(pr.ours()).toHaveLength(1)
    expect(allowed.outputs['comment-url']).toBe(pr.ours()[0]!.html_url)
    expect(verdictOf(denied)).toEqual(verdictOf(allowed))
  })

  test('the report file cannot be written: the step fails with verdict error, though the change passes', async () => {
    pr = await prFixture({ [POLICY_PATH]: POLICY, [METRICS_PATH]: metrics(0.95, 90) })
    const head = pr.commit({ [METRICS_PATH]: metrics(0.951, 95) })
    // RUNNER_TEMP names a file, so the report's path under it cannot be opened (ENOTDIR)
    const notADir = join(pr.repo.dir, METRICS_PATH)
    const run = await pr.run(node(), head, { env: { RUNNER_TEMP: notADir } })
    expectRun(run, { code: 1, verdict: 'error' })
    expect(run.outputs.report).toBeUndefined()
    expect(workflowCommands(run.stdout, 'error').map((c) => c.message)).toEqual([
      expect.stringMatching(/^model-gate could not evaluate: ENOTDIR/),
    ])
    // the summary, rendered while the report was being written, is not written: it would say approved
    expect(run.summary).toBe('')
  })

  test('stale runs: a late run for an older head leaves the newer result alone; a re-run of the same head updates', async () => {
    pr = await prFixture({ [POLICY_PATH]: POLICY, [METRICS_PATH]: metrics(0.95, 90) })
    const older = pr.commit({ [METRICS_PATH]: metrics(0.91, 92) })
    const newer = pr.commit({ [METRICS_PATH]: metrics(0.952, 92) })
    mirrorHistory(pr, newer)

    pr.repo.checkout(older)
    const first = await pr.run(node(), older)
    expectRun(first, { code: 1, verdict: 'blocked' })
    const [created] = pr.ours()
    expect(created!.body.startsWith(`<!-- model-gate model=default head=${older} -->`)).toBe(true)

    pr.repo.checkout('feature')
    const current = await pr.run(node(), newer)
    expectRun(current, { code: 0, verdict: 'approved' })
    expect(pr.ours()).toEqual([
      expect.objectContaining({
        id: created!.id,
        body: expect.stringMatching(new RegExp(`^<!-- model-gate model=default head=${newer} -->\\n## ✅`)),
      }),
    ])
    const newest = pr.ours()[0]!

    pr.repo.checkout(older)
    const before = pr.fake.requests.length
    const late = await pr.run(node(), older)
    expectRun(late, { code: 1, verdict: 'blocked' })
    expect(pr.ours()).toEqual([newest])
    expect(late.outputs['comment-url']).toBe(newest.html_url)
    expect(pr.fake.requests.slice(before).filter((r) => r.method !== 'GET')).toEqual([])
    expect(pr.fake.requests.slice(before).map((r) => r.path)).toContain(`/repos/${OWNER}/${REPO}/pulls/${PR}`)
    expect(late.stdout).toContain(
      `The PR comment was not updated: it holds the result for a newer commit than this run's ${short(older)} (the pull request's head is now ${short(newer)}).`,
    )
    expect(firstVisibleLine(late.summary)).toBe('## ❌ model-gate: blocked — 1 of 2 metrics fails')

    pr.repo.checkout('feature')
    const rerun = await pr.run(node(), newer, { inputs: { mode: 'advisory' } })
    expectRun(rerun, { code: 0, verdict: 'approved' })
    const [updated] = pr.ours()
    expect(updated!.id).toBe(created!.id)
    expect(updated!.body).toMatch(/^## ✅ model-gate: approved \(advisory: not enforced\)/m)
    expect(rerun.outputs['comment-url']).toBe(updated!.html_url)
  })

  test('a baseline file over 1 MB (60,000 metrics) is read through the contents API as raw', async () => {
    const features = Object.fromEntries(Array.from({ length: 60_000 }, (_, i) => [`f${String(i).padStart(5, '0')}`, i / 60_000]))
    const big = (accuracy: number) => `${JSON.stringify({ features, latency_ms: { p95: 90 }, accuracy }, null, 1)}\n`
    expect(Buffer.byteLength(big(0.95))).toBeGreaterThan(1024 * 1024)
    pr = await prFixture({ [POLICY_PATH]: POLICY, [METRICS_PATH]: big(0.95) })
    const head = pr.commit({ [METRICS_PATH]: big(0.91) })
    const checkout = shallowClone(pr.repo, 'feature')
    try {
      expect(checkout.has(pr.baseSha)).toBe(false)
      const run = await pr.run(node(), head, { workspace: checkout.dir })

      expectRun(run, { code: 1, verdict: 'blocked' })
      expect(tableRow(pr.ours()[0]!.body, 'accuracy').slice(0, 5)).toEqual(['❌', '`accuracy`', '0.95', '0.91', '−0.04 (−4.2%)'])
      expect(contentReads(pr.fake.requests)).toEqual([`${POLICY_PATH}@${pr.baseSha}`, `${METRICS_PATH}@${pr.baseSha}`])
      const read = pr.fake.requests.find((r) => r.path.endsWith(`/contents/${METRICS_PATH}`))!
      expect(read).toMatchObject({ status: 200, accept: expect.stringMatching(/application\/vnd\.github(?:\.v3)?\.raw/) })
      expect(readReport(run).baseline).toMatchObject({ source: 'base', sha: pr.baseSha })
      expect(workflowCommands(run.stdout, 'warning')).toEqual([])
    } finally {
      checkout.remove()
    }
  })
})

describe('the bundled action with the GitHub API unreachable', () => {
  test.concurrent.each(NODES)(
    'the verdict comes from the git history, the log says what could not be done, the outcome is the same ($label)',
    async ({ index }) => {
      const { fixture, head } = await blockedPr()
      try {
        const port = await closedPort()
        const offline = await fixture.run(nodeAt(index), head, { apiUrl: `http://127.0.0.1:${port}`, timeoutMs: UNREACHABLE_RUN_MS })

        expectRun(offline, { code: 1, verdict: 'blocked' })
        expect(offline.outputs['comment-url']).toBe('')
        expect(fixture.fake.requests).toEqual([])
        expect(readReport(offline)).toMatchObject({
          policy: { source: 'base', sha: fixture.baseSha },
          baseline: { source: 'base', sha: fixture.baseSha },
        })
        const base = short(fixture.baseSha)
        expect(workflowCommands(offline.stdout, 'warning').map((c) => c.message)).toEqual([
          expect.stringMatching(
            new RegExp(
              `^Could not read \\.github/model-gate\\.yml from base ${base} \\(GitHub API\\) \\(.+\\); reading it with git instead\\.$`,
            ),
          ),
          expect.stringMatching(
            new RegExp(`^Could not read eval/metrics\\.json from base ${base} \\(GitHub API\\) \\(.+\\); reading it with git instead\\.$`),
          ),
          `Could not write the PR comment (connect ECONNREFUSED 127.0.0.1:${port}): ` +
            `the GitHub API at http://127.0.0.1:${port} could not be reached; the verdict and the job summary still hold.`,
        ])

        const online = await fixture.run(nodeAt(index), head)
        expect(fixture.ours()).toHaveLength(1)
        const portless = (run: ActionRun) => ({
          ...verdictOf(run),
          summary: run.summary.replace(/http:\/\/127\.0\.0\.1:\d+/g, 'http://127.0.0.1'),
        })
        expect(portless(offline)).toEqual(portless(online))
      } finally {
        await fixture.close()
      }
    },
    2 * UNREACHABLE_RUN_MS,
  )
})
