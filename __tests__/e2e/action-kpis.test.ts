/**
 * KPIs, noise-aware baseline rules and fairness through the bundled action: a KPI in dollars
 * approving and blocking, a KPI whose formula divides by zero, an inconclusive small-sample
 * change (warn and block), a large-sample regression blocking, the four-fifths rule blocking, and
 * a slice under `min_n` skipped and shown.
 */
import { afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import { nodeBinaries } from '../helpers/run-action.js'
import { renderGfm, textOf } from '../render/gfm.js'
import { METRICS_PATH, NODES, POLICY_PATH, expectRun, firstVisibleLine, nodeAt, prFixture, readReport, type PrFixture } from './fixture.js'
import { FRAUD_LOSS_KPI } from '../helpers/kpi-policy.js'

beforeAll(() => void nodeBinaries(), 300_000)

let pr: PrFixture
afterEach(async () => {
  await pr.close()
})

const KPI_POLICY = `version: 1
${FRAUD_LOSS_KPI}gates:
  recall: { min: 0.5 }
`

const fraud = (recall: number, fpr: number): string => `${JSON.stringify({ recall, false_positive_rate: fpr })}\n`

const statsPolicy = (inconclusive: 'warn' | 'block'): string => `version: 1
statistics: { confidence: 0.95, inconclusive: ${inconclusive} }
gates:
  accuracy: { max_regression: 0.01 }
`

const accuracy = (value: number, n: number): string => `${JSON.stringify({ accuracy: { value, n } })}\n`

const FAIRNESS = `version: 1
fairness:
  "slices.*.approval_rate": { min_ratio: 0.8, min_n: 100 }
gates:
  "slices.*.approval_rate": { min: 0.1, min_n: 100 }
`

const approvals = (rates: Record<string, [number, number]>): string =>
  `${JSON.stringify({ slices: Object.fromEntries(Object.entries(rates).map(([k, [value, n]]) => [k, { approval_rate: { value, n } }])) })}\n`

describe.each(NODES)('KPIs, statistics and fairness in the bundled action ($label)', ({ index }) => {
  const node = () => nodeAt(index)

  test('a KPI in dollars approves a change that lowers the expected loss, and leads the comment', async () => {
    pr = await prFixture({ [POLICY_PATH]: KPI_POLICY, [METRICS_PATH]: fraud(0.811, 0.0055) })
    const run = await pr.run(node(), pr.commit({ [METRICS_PATH]: fraud(0.842, 0.0061) }))
    expectRun(run, { code: 0, verdict: 'approved' })
    const body = pr.ours()[0]!.body
    expect(firstVisibleLine(body)).toMatch(/^## ✅ model-gate: approved — 1 KPI passes, 1 metric passes/)
    const kpis = body.indexOf('**Business KPIs**')
    expect(kpis).toBeGreaterThan(0)
    expect(kpis).toBeLessThan(body.indexOf('| | Check |'))
    expect(textOf(renderGfm(body))).toContain(
      'Expected monthly loss to fraud and manual review (fraud_loss): $98,900 → $83,880 (−$15,020, −15%)',
    )
    expect(readReport(run).checks.filter((c: { kind: string }) => c.kind === 'kpi')).toEqual([
      expect.objectContaining({
        id: 'kpi:fraud_loss:max',
        status: 'pass',
        unit: 'USD',
        description: 'Expected monthly loss to fraud and manual review',
      }),
      expect.objectContaining({ id: 'kpi:fraud_loss:max_regression', status: 'pass', unit: 'USD' }),
    ])
  })

  test('a KPI in dollars blocks a change that raises the expected loss by more than 5%', async () => {
    pr = await prFixture({ [POLICY_PATH]: KPI_POLICY, [METRICS_PATH]: fraud(0.842, 0.0061) })
    const run = await pr.run(node(), pr.commit({ [METRICS_PATH]: fraud(0.811, 0.0055) }))
    expectRun(run, { code: 1, verdict: 'blocked' })
    const body = pr.ours()[0]!.body
    expect(firstVisibleLine(body)).toMatch(/^## ❌ model-gate: blocked — 1 of 1 KPI fails/)
    const text = textOf(renderGfm(body))
    expect(text).toContain('(fraud_loss): $83,880 → $98,900 (+$15,020, +18%)')
    expect(text).toContain('❌ may rise at most 5% (fails, limit $88,074)')
    expect(text).toContain('KPI fraud_loss $83,880 → $98,900 (+$15,020, +18%) (may rise at most 5%)')
    const failing = readReport(run).checks.filter((c: { status: string }) => c.status === 'fail')
    expect(failing.map((c: { id: string }) => c.id)).toEqual(['kpi:fraud_loss:max_regression'])
  })

  test('a KPI whose formula divides by zero fails with the reason', async () => {
    const policy = `version: 1
kpis:
  cost_per_catch: { formula: "review_cost / caught", unit: USD, max: 10 }
constants: { review_cost: 4 }
gates:
  caught: { min: 0 }
`
    pr = await prFixture({ [POLICY_PATH]: policy, [METRICS_PATH]: '{"caught": 2}\n' })
    const run = await pr.run(node(), pr.commit({ [METRICS_PATH]: '{"caught": 0}\n' }))
    expectRun(run, { code: 1, verdict: 'blocked' })
    const body = pr.ours()[0]!.body
    expect(body).toContain('division by zero: caught is 0 in review\\_cost / caught')
    expect(readReport(run).checks.find((c: { id: string }) => c.id === 'kpi:cost_per_catch:max')).toMatchObject({
      status: 'fail',
      candidate: null,
    })
  })

  test.each([
    ['warn', 0, 'approved', 'warn'],
    ['block', 1, 'blocked', 'block'],
  ] as const)('an inconclusive small-sample change under inconclusive: %s', async (mode, code, verdict, severity) => {
    pr = await prFixture({ [POLICY_PATH]: statsPolicy(mode), [METRICS_PATH]: accuracy(0.85, 200) })
    const run = await pr.run(node(), pr.commit({ [METRICS_PATH]: accuracy(0.83, 200) }))
    expectRun(run, { code, verdict })
    const check = readReport(run).checks.find((c: { id: string }) => c.id === 'baseline:accuracy:max_regression')
    expect(check).toMatchObject({ status: 'inconclusive', severity, statistics: { method: 'newcombe', confidence: 0.95, p_value: null } })
    expect(check.statistics.interval[0]).toBeLessThan(0.01)
    expect(check.statistics.interval[1]).toBeGreaterThan(0.01)
    const body = pr.ours()[0]!.body
    expect(body).toMatch(/95% interval of the drop: −0\.0\d+ to \+0\.\d+ \(newcombe\)/)
    expect(body).toContain(mode === 'block' ? '(inconclusive, blocks)' : '(inconclusive)')
  })

  test('a large-sample regression of the same size blocks', async () => {
    pr = await prFixture({ [POLICY_PATH]: statsPolicy('warn'), [METRICS_PATH]: accuracy(0.85, 200000) })
    const run = await pr.run(node(), pr.commit({ [METRICS_PATH]: accuracy(0.83, 200000) }))
    expectRun(run, { code: 1, verdict: 'blocked' })
    const check = readReport(run).checks.find((c: { id: string }) => c.id === 'baseline:accuracy:max_regression')
    expect(check).toMatchObject({ status: 'fail', statistics: { method: 'newcombe' } })
    expect(check.statistics.interval[0]).toBeGreaterThan(0.01)
  })

  test('the four-fifths rule blocks, and a slice under min_n is skipped and shown', async () => {
    const base = approvals({ a: [0.5, 1000], b: [0.45, 1000], tiny: [0.1, 20] })
    pr = await prFixture({ [POLICY_PATH]: FAIRNESS, [METRICS_PATH]: base })
    const run = await pr.run(node(), pr.commit({ [METRICS_PATH]: approvals({ a: [0.5, 1000], b: [0.35, 1000], tiny: [0.1, 20] }) }))
    expectRun(run, { code: 1, verdict: 'blocked' })
    const body = pr.ours()[0]!.body
    expect(firstVisibleLine(body)).toMatch(/1 of 1 fairness rule fails/)
    expect(body).toContain('**Fairness across slices**')
    expect(body).toMatch(/best `a` 0\.5, worst `b` 0\.35, gap 0\.15, ratio 0\.7 over 2 slices/)
    expect(body).toContain('left out: `tiny` (n = 20 is below min\\_n 100)')
    const report = readReport(run)
    const fairness = report.checks.find((c: { id: string }) => c.id === 'fairness:slices.*.approval_rate:min_ratio')
    expect(fairness).toMatchObject({
      status: 'fail',
      kind: 'fairness',
      fairness: { best: { slice: 'a' }, worst: { slice: 'b' }, skipped: [{ slice: 'tiny', n: 20 }] },
    })
    expect(fairness.candidate).toBeCloseTo(0.7, 12)
    expect(report.checks.find((c: { id: string }) => c.id === 'threshold:slices.tiny.approval_rate:min_n')).toMatchObject({
      status: 'skip',
    })
  })
})
