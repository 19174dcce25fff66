/**
 * Paired statistics end to end: the same AUC regression, judged from the two metrics files'
 * summaries (independent intervals from their `ci`), is inconclusive; judged from the paired
 * predictions (DeLong's interval for the difference of correlated AUCs) it blocks.
 */
import { afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import { rocAuc } from '../../src/core/predictions/metrics.js'
import { nodeBinaries } from '../helpers/run-action.js'
import { METRICS_PATH, NODES, POLICY_PATH, expectRun, nodeAt, prFixture, readReport, type PrFixture } from './fixture.js'

beforeAll(() => void nodeBinaries(), 300_000)

let pr: PrFixture | undefined
afterEach(async () => {
  await pr?.close()
  pr = undefined
})

const P = 200
const N = 200
/** Baseline: positives spread over [0.25, 1], negatives over [0, 0.7]; AUC 0.8060125. */
const labels = [...Array(P).fill(1), ...Array(N).fill(0)] as number[]
const baseline = [
  ...Array.from({ length: P }, (_, i) => 0.25 + (0.75 * i) / (P - 1)),
  ...Array.from({ length: N }, (_, j) => (0.7 * j) / (N - 1)),
]
/** Candidate: the 80 lowest-scored positives lose 0.08; AUC 0.7604375, w = 0.045575. */
const candidate = baseline.map((s, i) => (i < 80 ? Math.max(0, s - 0.08) : s))

const csv = (scores: number[]): string => `id,label,score\n${scores.map((s, i) => `e${i},${labels[i]},${s}`).join('\n')}\n`
/** The eval step's summary: the AUC with a 95% interval of ±0.045 (se ≈ 0.023, about what DeLong gives one model here); no `n`, so it is not read as a proportion. */
const summary = (scores: number[]): string => {
  const auc = rocAuc(labels, scores) as number
  return `${JSON.stringify({ roc_auc: { value: auc, ci: [auc - 0.045, auc + 0.045] } })}\n`
}

const policy = (withPredictions: boolean): string => `version: 1
statistics:
  confidence: 0.95
  inconclusive: warn
gates:
  roc_auc:
    max_regression: 0.01
${withPredictions ? 'predictions:\n  file: eval/predictions.csv\n  task: binary\n' : ''}`

describe.each(NODES)('a paired AUC regression ($label)', ({ index }) => {
  const node = () => nodeAt(index)

  test('from the summaries alone the drop is inconclusive (the independent interval spans the tolerance)', async () => {
    pr = await prFixture({ [POLICY_PATH]: policy(false), [METRICS_PATH]: summary(baseline) })
    const run = await pr.run(node(), pr.commit({ [METRICS_PATH]: summary(candidate) }))

    expectRun(run, { code: 0, verdict: 'approved' })
    const check = readReport(run).checks.find((c: { id: string }) => c.id === 'baseline:roc_auc:max_regression')
    expect(check.status).toBe('inconclusive')
    expect(check.statistics.interval[0]).toBeLessThan(0.01)
    expect(check.statistics.interval[1]).toBeGreaterThan(0.01)
  })

  test("with the predictions, DeLong's paired interval is wholly beyond the tolerance: it blocks", async () => {
    pr = await prFixture({ [POLICY_PATH]: policy(true), [METRICS_PATH]: summary(baseline), 'eval/predictions.csv': csv(baseline) })
    const run = await pr.run(node(), pr.commit({ [METRICS_PATH]: summary(candidate), 'eval/predictions.csv': csv(candidate) }))

    expectRun(run, { code: 1, verdict: 'blocked' })
    const report = readReport(run)
    const check = report.checks.find((c: { id: string }) => c.id === 'baseline:roc_auc:max_regression')
    expect(check.status).toBe('fail')
    // DeLong (numpy, this data): w = 0.045575, se 0.0052386, 95% interval [0.035307, 0.055843].
    expect(check.statistics.method).toBe('delong')
    expect(check.statistics.interval[0]).toBeCloseTo(0.035307, 5)
    expect(check.statistics.interval[1]).toBeCloseTo(0.055843, 5)
    expect(report.models[0].predictions.comparisons.roc_auc.interval[1]).toBeCloseTo(-0.035307, 5)
  })
})
