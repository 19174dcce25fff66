/**
 * Every rule kind of the registry through the bundled action: `max_improvement` blocks a gain
 * that is too good to be true, and a PR that loosens each rule kind (and severity and required)
 * gets each loosening listed in the comment and in the report's policyChanges.
 */
import { afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import { nodeBinaries } from '../helpers/run-action.js'
import {
  METRICS_PATH,
  NODES,
  POLICY_PATH,
  expectRun,
  firstVisibleLine,
  nodeAt,
  prFixture,
  readReport,
  tableRow,
  type PrFixture,
} from './fixture.js'

beforeAll(() => void nodeBinaries(), 300_000)

let pr: PrFixture
afterEach(async () => {
  await pr.close()
})

const STRICT = `version: 1
gates:
  accuracy:
    min: 0.80
    max: 0.99
    max_regression: 1%
    min_improvement: 0.001
    max_improvement: 5%
  recall:
    min: 0.5
    severity: block
    required: true
`

const LOOSE = `version: 1
gates:
  accuracy:
    min: 0.70
    max: 1
    max_regression: 2%
    max_improvement: 10%
  recall:
    min: 0.5
    severity: warn
    required: false
`

const scores = (accuracy: number, recall: number): string => `${JSON.stringify({ accuracy, recall })}\n`

describe.each(NODES)('rule kinds in the bundled action ($label)', ({ index }) => {
  const node = () => nodeAt(index)

  test('max_improvement: a gain larger than believable blocks, and the comment says it is too good to be true', async () => {
    pr = await prFixture({ [POLICY_PATH]: STRICT, [METRICS_PATH]: scores(0.84, 0.7) })
    const head = pr.commit({ [METRICS_PATH]: scores(0.97, 0.7) })
    const run = await pr.run(node(), head)

    expectRun(run, { code: 1, verdict: 'blocked' })
    const [comment] = pr.ours()
    expect(firstVisibleLine(comment!.body)).toMatch(/^## ❌ model-gate: blocked — 1 of 2 metrics fails/)
    expect(tableRow(comment!.body, 'accuracy')[5]).toContain('may rise at most 5% (fails)')
    expect(comment!.body).toContain('too good to be true: check for label leakage, a test set that leaked into training, or a broken eval')
    const failing = readReport(run).checks.filter((c: { status: string }) => c.status === 'fail')
    expect(failing).toEqual([
      expect.objectContaining({ id: 'baseline:accuracy:max_improvement', ruleKey: 'max_improvement', candidate: 0.97, baseline: 0.84 }),
    ])
    expect(failing[0].limit).toBeCloseTo(0.882, 12)
  })

  test('a PR that loosens every rule kind, severity and required: each loosening is listed, the base policy decides', async () => {
    pr = await prFixture({ [POLICY_PATH]: STRICT, [METRICS_PATH]: scores(0.84, 0.7) })
    const head = pr.commit({ [POLICY_PATH]: LOOSE, [METRICS_PATH]: scores(0.845, 0.7) })
    const run = await pr.run(node(), head)

    expectRun(run, { code: 0, verdict: 'approved' })
    const [comment] = pr.ours()
    const listed = [
      '- **loosens** `accuracy`: min lowered from 0.8 to 0.7',
      '- **loosens** `accuracy`: max raised from 0.99 to 1',
      '- **loosens** `accuracy`: max\\_regression raised from 1% to 2%',
      '- **loosens** `accuracy`: min\\_improvement removed (was 0.001)',
      '- **loosens** `accuracy`: max\\_improvement raised from 5% to 10%',
      '- **loosens** `recall`: severity changed from block to warn',
      '- **loosens** `recall`: required changed from true to false',
    ]
    for (const line of listed) expect(comment!.body).toContain(line)
    expect(
      readReport(run).policyChanges.map((c: { target: string; field: string; effect: string }) => [c.target, c.field, c.effect]),
    ).toEqual([
      ['accuracy', 'min', 'loosens'],
      ['accuracy', 'max', 'loosens'],
      ['accuracy', 'max_regression', 'loosens'],
      ['accuracy', 'min_improvement', 'loosens'],
      ['accuracy', 'max_improvement', 'loosens'],
      ['recall', 'severity', 'loosens'],
      ['recall', 'required', 'loosens'],
    ])
  })
})
