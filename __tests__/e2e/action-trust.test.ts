/**
 * The bundled action's trust model and its first runs: the base commit's policy and baseline
 * decide even when the PR edits them, a repository without a baseline yet, a PR that introduces
 * the policy, and an invalid policy at the base (fail closed, pointed at the line).
 * Every scenario runs under Node 20 and Node 24.
 */
import { afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import { nodeBinaries } from '../helpers/run-action.js'
import {
  METRICS_PATH,
  NODES,
  POLICY,
  POLICY_PATH,
  contentReads,
  expectRun,
  expectSummaryMatches,
  firstVisibleLine,
  lineOf,
  metrics,
  nodeAt,
  prFixture,
  readReport,
  short,
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

/** The PR's copy of the policy: a lower floor, no regression limit, no latency gate. */
const LOOSENED = `version: 1
mode: enforce
metrics:
  file: eval/metrics.json
baseline:
  source: base
gates:
  accuracy:
    min: 0.80
`

const FILE_BASELINE_POLICY = POLICY.replace('baseline:\n  source: base\n', 'baseline:\n  source: file\n  file: eval/baseline.json\n')
const INVALID_POLICY = POLICY.replace('max_regression: 1%', 'max_regression: five%')
const INVALID_LINE = lineOf(INVALID_POLICY, 'max_regression: five%')

describe.each(NODES)('the bundled action: trust and first runs ($label)', ({ index }) => {
  const node = () => nodeAt(index)

  test('a PR that loosens its own policy is judged by the base policy, and the loosening is shown', async () => {
    pr = await prFixture({ [POLICY_PATH]: POLICY, [METRICS_PATH]: metrics(0.95, 90) })
    const head = pr.commit({ [POLICY_PATH]: LOOSENED, [METRICS_PATH]: metrics(0.85, 150) })
    const run = await pr.run(node(), head)

    expectRun(run, { code: 1, verdict: 'blocked' })
    expect(run.outputs.failed).toBe('3')
    const [comment] = pr.ours()
    expect(firstVisibleLine(comment!.body)).toBe('## ❌ model-gate: blocked — 2 of 2 metrics fail')
    expect(tableRow(comment!.body, 'accuracy')).toEqual([
      '❌',
      '`accuracy`',
      '0.95',
      '0.85',
      '−0.1 (−11%)',
      'at least 0.9; may drop at most 1%',
    ])
    expect(tableRow(comment!.body, 'latency_ms.p95')).toEqual(['❌', '`latency_ms.p95`', '90', '150', '+60 (+67%)', 'at most 120'])
    const changes = comment!.body.slice(comment!.body.indexOf('**Policy changes in this PR**'))
    expect(changes.split('\n').slice(0, 4)).toEqual([
      '**Policy changes in this PR** (apply after merge; the base policy decided this run):',
      '- **loosens** `accuracy`: min lowered from 0.9 to 0.8',
      '- **loosens** `accuracy`: max\\_regression removed (was 1%)',
      '- **loosens** `latency_ms.p95`: gate removed',
    ])
    expect(comment!.body).toMatch(new RegExp(`Policy \`\\.github/model-gate\\.yml\` read at base \\[\`${short(pr.baseSha)}\`\\]`))
    expectSummaryMatches(run, comment!)

    const report = readReport(run)
    expect(report.policy).toMatchObject({ source: 'base', sha: pr.baseSha })
    expect(report.policyChanges).toEqual([
      expect.objectContaining({ target: 'accuracy', field: 'min', from: 0.9, to: 0.8, effect: 'loosens' }),
      expect.objectContaining({ target: 'accuracy', field: 'max_regression', effect: 'loosens' }),
      expect.objectContaining({ target: 'latency_ms.p95', field: 'gate', effect: 'loosens' }),
    ])
  })

  test('a PR that rewrites the baseline file is compared with the base commit copy', async () => {
    pr = await prFixture({ [POLICY_PATH]: FILE_BASELINE_POLICY, 'eval/baseline.json': metrics(0.95, 90) })
    const head = pr.commit({ 'eval/baseline.json': metrics(0.91, 92), [METRICS_PATH]: metrics(0.91, 92) })
    const run = await pr.run(node(), head)

    expectRun(run, { code: 1, verdict: 'blocked' })
    const [comment] = pr.ours()
    expect(tableRow(comment!.body, 'accuracy')).toEqual([
      '❌',
      '`accuracy`',
      '0.95',
      '0.91',
      '−0.04 (−4.2%)',
      'at least 0.9; may drop at most 1% (fails)',
    ])
    expect(comment!.body).toContain(`baseline \`eval/baseline.json\` read at base [\`${short(pr.baseSha)}\`]`)
    expect(readReport(run)).toMatchObject({ baseline: { source: 'base', sha: pr.baseSha, path: 'eval/baseline.json' } })
    expect(contentReads(pr.fake.requests)).toEqual([`${POLICY_PATH}@${pr.baseSha}`, `eval/baseline.json@${pr.baseSha}`])
  })

  test('with `baseline.source: base`, metrics the PR commits (twice) never become the baseline', async () => {
    pr = await prFixture({ [POLICY_PATH]: POLICY, [METRICS_PATH]: metrics(0.95, 90) })
    pr.commit({ [METRICS_PATH]: metrics(0.915, 91) })
    const head = pr.commit({ [METRICS_PATH]: metrics(0.91, 92) })
    const run = await pr.run(node(), head)

    expectRun(run, { code: 1, verdict: 'blocked' })
    const [comment] = pr.ours()
    expect(tableRow(comment!.body, 'accuracy').slice(2, 5)).toEqual(['0.95', '0.91', '−0.04 (−4.2%)'])
    expect(comment!.body).toContain(`| Baseline \`${short(pr.baseSha)}\` |`)
    const report = readReport(run)
    expect(report.checks.find((c: { id: string }) => c.id === 'baseline:accuracy:max_regression')).toMatchObject({
      status: 'fail',
      baseline: 0.95,
      candidate: 0.91,
    })
    expect(contentReads(pr.fake.requests).every((read) => read.endsWith(`@${pr!.baseSha}`))).toBe(true)
  })

  test('a base commit with the policy but no metrics yet: baseline rules not evaluated, verdict from thresholds', async () => {
    pr = await prFixture({ [POLICY_PATH]: POLICY })
    const head = pr.commit({ [METRICS_PATH]: metrics(0.91, 92) })
    const run = await pr.run(node(), head)

    expectRun(run, { code: 0, verdict: 'approved' })
    const [comment] = pr.ours()
    expect(firstVisibleLine(comment!.body)).toBe('## ✅ model-gate: approved — 1 metric passes, 1 not evaluated')
    expect(tableRow(comment!.body, 'accuracy')).toEqual([
      '➖',
      '`accuracy`',
      '—',
      '0.91',
      '—',
      'at least 0.9; may drop at most 1% (not evaluated)',
    ])
    const why = `eval/metrics.json does not exist at base ${short(pr.baseSha)} (a first run?)`
    expect(comment!.body).toContain(`- ➖ \`accuracy\`: not evaluated: ${why}`)
    expect(comment!.body).toContain(`No baseline: ${why}.`)
    expectSummaryMatches(run, comment!)
    expect(readReport(run).checks.find((c: { id: string }) => c.id === 'baseline:accuracy:max_regression')).toMatchObject({
      status: 'not_evaluated',
      baseline: null,
      candidate: 0.91,
    })
  })

  test('a PR that introduces the policy and the metrics: the workspace policy is used and the comment says so', async () => {
    pr = await prFixture({ 'README.md': '# fraud model\n' })
    const head = pr.commit({ [POLICY_PATH]: POLICY, [METRICS_PATH]: metrics(0.85, 92) })
    const run = await pr.run(node(), head)

    expectRun(run, { code: 1, verdict: 'blocked' })
    const [comment] = pr.ours()
    expect(firstVisibleLine(comment!.body)).toBe('## ❌ model-gate: blocked — 1 of 2 metrics fails')
    expect(tableRow(comment!.body, 'accuracy')).toEqual([
      '❌',
      '`accuracy`',
      '—',
      '0.85',
      '—',
      'at least 0.9 (fails); may drop at most 1% (not evaluated)',
    ])
    expect(comment!.body).toContain(`Policy \`.github/model-gate.yml\` read from the workspace at [\`${short(head)}\`]`)
    expect(comment!.body).toContain(
      `The base commit ${short(pr.baseSha)} has no policy yet (this change introduces it); the workspace copy was used.`,
    )
    expect(comment!.body).toContain(`not evaluated: eval/metrics.json does not exist at base ${short(pr.baseSha)}`)
    expectSummaryMatches(run, comment!)
    const report = readReport(run)
    expect(report.policy).toMatchObject({ source: 'workspace', sha: head, note: expect.stringContaining('this change introduces it') })
    expect(report.checks.map((c: { id: string; status: string }) => `${c.id} ${c.status}`)).toEqual([
      'threshold:accuracy:min fail',
      'baseline:accuracy:max_regression not_evaluated',
      'threshold:latency_ms.p95:max pass',
    ])
  })

  test('an invalid policy at the base: error, exit 1, the file and line in the comment and in an annotation', async () => {
    pr = await prFixture({ [POLICY_PATH]: INVALID_POLICY, [METRICS_PATH]: metrics(0.95, 90) })
    const head = pr.commit({ [METRICS_PATH]: metrics(0.96, 80) })
    const run = await pr.run(node(), head)

    expectRun(run, { code: 1, verdict: 'error' })
    expect(run.outputs.failed).toBe('0')
    const [comment] = pr.ours()
    expect(run.outputs['comment-url']).toBe(comment!.html_url)
    expect(firstVisibleLine(comment!.body)).toBe('## ⚠️ model-gate: error — the gate could not be evaluated')
    expect(comment!.body).toMatch(
      new RegExp(
        `^- \`\\.github/model-gate\\.yml:${INVALID_LINE}:\\d+\` — \`max_regression\` of gate \`accuracy\`: expected a number or a percentage like 5%, found \`five%\`\\.`,
        'm',
      ),
    )
    expect(comment!.body).not.toMatch(/approved/)
    expectSummaryMatches(run, comment!)
    const report = readReport(run)
    expect(report).toMatchObject({ verdict: 'error', checks: [] })
    expect(report.problems).toEqual([
      expect.objectContaining({ file: POLICY_PATH, line: INVALID_LINE, message: expect.stringContaining('five%') }),
    ])

    const annotations = workflowCommands(run.stdout, 'error')
    expect(annotations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          properties: expect.objectContaining({ file: POLICY_PATH, line: String(INVALID_LINE) }),
          message: expect.stringContaining('found `five%`'),
        }),
      ]),
    )
    expect(run.stdout).toMatch(new RegExp(`^::error (?:[^:]*,)?file=\\.github/model-gate\\.yml,line=${INVALID_LINE}[,:]`, 'm'))
  })

  test('an invalid policy with the `mode: advisory` input: exit 0, verdict still error, not enforced', async () => {
    pr = await prFixture({ [POLICY_PATH]: INVALID_POLICY, [METRICS_PATH]: metrics(0.95, 90) })
    const head = pr.commit({ [METRICS_PATH]: metrics(0.96, 80) })
    const run = await pr.run(node(), head, { inputs: { mode: 'advisory' } })

    expectRun(run, { code: 0, verdict: 'error' })
    const [comment] = pr.ours()
    expect(firstVisibleLine(comment!.body)).toBe('## ⚠️ model-gate: error (advisory: not enforced) — the gate could not be evaluated')
    expect(comment!.body).toContain('in enforce mode this error would have blocked the merge')
    expect(comment!.body).toContain(`\`.github/model-gate.yml:${INVALID_LINE}:`)
    expect(readReport(run)).toMatchObject({ verdict: 'error', mode: 'advisory' })
    expect(workflowCommands(run.stdout, 'error')).toEqual([
      expect.objectContaining({ properties: expect.objectContaining({ file: POLICY_PATH, line: String(INVALID_LINE) }) }),
    ])
  })

  test('an invalid policy that asks for advisory mode cannot relax the gate: it fails closed', async () => {
    const policy = INVALID_POLICY.replace('mode: enforce', 'mode: advisory')
    pr = await prFixture({ [POLICY_PATH]: policy, [METRICS_PATH]: metrics(0.95, 90) })
    const head = pr.commit({ [METRICS_PATH]: metrics(0.96, 80) })
    const run = await pr.run(node(), head)

    expectRun(run, { code: 1, verdict: 'error' })
    expect(firstVisibleLine(pr.ours()[0]!.body)).toBe('## ⚠️ model-gate: error — the gate could not be evaluated')
  })
})
