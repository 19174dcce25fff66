/**
 * The bundled action with `predictions:`: metrics recomputed from per-example predictions, the
 * metrics file checked against them, the flips in the comment and the report, Parquet and CSV
 * read alike, bad rows refused with the file and row. Every scenario runs under Node 20 and 24.
 */
import { afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { nodeBinaries } from '../helpers/run-action.js'
import { METRICS_PATH, NODES, POLICY_PATH, expectRun, nodeAt, prFixture, readReport, type PrFixture } from './fixture.js'

beforeAll(() => void nodeBinaries(), 300_000)

let pr: PrFixture
afterEach(async () => {
  await pr.close()
})

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'predictions')

const policy = (file: string): string => `version: 1
metrics:
  file: eval/metrics.json
baseline:
  source: base
gates:
  recall:
    min: 0.7
predictions:
  file: ${file}
  task: binary
  threshold: 0.5
`

/**
 * 200 examples, 80 positives. Candidate: 60 caught (recall 0.75), 10 false alarms. Baseline: 64
 * caught, 12 false alarms. So the change breaks r060–r063 (caught before, missed now) and fixes
 * r090, r091 (false alarms before, not now): fixes 2, breaks 4 of 200.
 */
function predictions(side: 'candidate' | 'baseline'): string {
  const rows = ['id,label,score']
  for (let i = 0; i < 200; i++) {
    const id = `r${String(i).padStart(3, '0')}`
    const label = i < 80 ? 1 : 0
    const caught = side === 'candidate' ? 60 : 64
    const alarms = side === 'candidate' ? 10 : 12
    const score = label === 1 ? (i < caught ? 0.9 : 0.3) : i < 80 + alarms ? 0.7 : 0.1
    rows.push(`${id},${label},${score}`)
  }
  return `${rows.join('\n')}\n`
}

const metricsFile = (recall: number): string => `${JSON.stringify({ recall, precision: 60 / 70 })}\n`

describe.each(NODES)('the bundled action with predictions ($label)', ({ index }) => {
  const node = () => nodeAt(index)

  test('predictions that agree with the metrics file pass; the comment shows the flips and the first broken ids', async () => {
    pr = await prFixture({
      [POLICY_PATH]: policy('eval/predictions.csv'),
      [METRICS_PATH]: metricsFile(0.8),
      'eval/predictions.csv': predictions('baseline'),
    })
    const head = pr.commit({ [METRICS_PATH]: metricsFile(0.75), 'eval/predictions.csv': predictions('candidate') })
    const run = await pr.run(node(), head)

    expectRun(run, { code: 0, verdict: 'approved' })
    const report = readReport(run)
    const consistent = report.checks.filter((c: { ruleKey: string }) => c.ruleKey === 'consistent')
    expect(consistent.map((c: { metric: string; status: string }) => [c.metric, c.status])).toEqual([
      ['precision', 'pass'],
      ['recall', 'pass'],
    ])
    const [model] = report.models
    expect(model.predictions).toMatchObject({
      task: 'binary',
      file: 'eval/predictions.csv',
      baselineFile: 'eval/predictions.csv',
      rows: 200,
      threshold: 0.5,
      candidate: { recall: 0.75, precision: 60 / 70, accuracy: 170 / 200 },
      baseline: { recall: 0.8, precision: 64 / 76, accuracy: 172 / 200 },
      flips: { fixed: 2, broken: 4, total: 200, brokenIds: ['r060', 'r061', 'r062', 'r063'] },
    })
    expect(model.predictions.comparisons.roc_auc.method).toBe('delong')
    // McNemar's exact test, 2 fixed against 4 broken: p = 2 · P(X ≤ 2 | n = 6, ½) = 2 · 22/64.
    expect(model.predictions.comparisons.accuracy.p_value).toBeCloseTo(44 / 64, 12)
    const [comment] = pr.ours()
    expect(comment!.body).toContain('fixes 2, breaks 4 of 200 examples')
    expect(comment!.body).toMatch(/<summary>The 4 broken examples<\/summary>\s+- `r060`\n- `r061`\n- `r062`\n- `r063`/)
    expect(comment!.body).toMatch(/\| `roc_auc` \| 0\.\d+ \| 0\.\d+ \| .* \| 95% DeLong \[/)
  })

  test('a metrics file whose self-reported recall disagrees with its predictions blocks', async () => {
    pr = await prFixture({
      [POLICY_PATH]: policy('eval/predictions.csv'),
      [METRICS_PATH]: metricsFile(0.8),
      'eval/predictions.csv': predictions('baseline'),
    })
    const head = pr.commit({ [METRICS_PATH]: metricsFile(0.82), 'eval/predictions.csv': predictions('candidate') })
    const run = await pr.run(node(), head)

    expectRun(run, { code: 1, verdict: 'blocked' })
    const report = readReport(run)
    const failing = report.checks.filter((c: { status: string }) => c.status === 'fail')
    expect(failing).toEqual([
      expect.objectContaining({
        id: 'predictions:recall:consistent',
        ruleKey: 'consistent',
        candidate: 0.82,
        limit: 0.75,
        message:
          "eval/metrics.json reports 0.82, but its predictions in eval/predictions.csv give 0.75 (200 examples): the eval step's numbers disagree with its own predictions",
      }),
    ])
    // The gate judges the computed recall, 0.75, which meets its floor.
    expect(report.checks.find((c: { id: string }) => c.id === 'threshold:recall:min')).toMatchObject({ status: 'pass', candidate: 0.75 })
  })

  test('a Parquet file and a CSV file of the same predictions give the same report', async () => {
    const csv = readFileSync(join(FIXTURES, 'predictions.csv'))
    const parquet = readFileSync(join(FIXTURES, 'predictions.parquet'))
    const reports: Array<Record<string, any>> = []
    for (const [file, bytes] of [
      ['eval/predictions.csv', csv],
      ['eval/predictions.parquet', parquet],
    ] as const) {
      pr = await prFixture({ [POLICY_PATH]: policy(file), [METRICS_PATH]: '{"recall": 0.5}\n', [file]: bytes })
      const head = pr.commit({ [METRICS_PATH]: '{"accuracy": 0}\n', [file]: bytes })
      const run = await pr.run(node(), head)
      expect(run.outputs.verdict).toBeDefined()
      reports.push(readReport(run))
      if (reports.length === 1) await pr.close()
    }
    const [fromCsv, fromParquet] = reports.map((r) => {
      const { file, baselineFile, ...rest } = r.models[0].predictions
      expect([file, baselineFile]).toEqual([expect.stringMatching(/^eval\/predictions\./), file])
      const checks = JSON.parse(JSON.stringify(r.checks).replace(/predictions\.(csv|parquet)/g, 'predictions.*'))
      return { verdict: r.verdict, checks, predictions: rest }
    })
    expect(fromParquet).toEqual(fromCsv)
    expect(fromCsv!.predictions.rows).toBe(60)
  })

  test('bad rows give a clear error naming the file, the side and the row', async () => {
    pr = await prFixture({
      [POLICY_PATH]: policy('eval/predictions.csv'),
      [METRICS_PATH]: metricsFile(0.8),
      'eval/predictions.csv': predictions('baseline'),
    })
    const bad = predictions('candidate').replace('r001,1,0.9', 'r001,1,1.5').replace('r002,1,0.9', 'r002,yes,0.9')
    const head = pr.commit({ [METRICS_PATH]: metricsFile(0.75), 'eval/predictions.csv': bad })
    const run = await pr.run(node(), head)

    expectRun(run, { code: 1, verdict: 'error' })
    const report = readReport(run)
    expect(report.problems.map((p: { file: string; line: number }) => [p.file, p.line])).toEqual([
      ['eval/predictions.csv', 3],
      ['eval/predictions.csv', 4],
    ])
    expect(report.problems[0].message).toMatch(/^the candidate's predictions \(eval\/predictions\.csv in the workspace\): .*1\.5/)
    expect(pr.ours()[0]!.body).toContain('eval/predictions.csv')
  })
})
