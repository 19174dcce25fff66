import { describe, expect, test } from '@jest/globals'
import { parseReport, resultFromReport } from '../../../src/report/read.js'
import { evaluate } from '../../../src/core/evaluate.js'
import type { GateResult, Metrics } from '../../../src/core/types.js'
import { parsePolicy } from '../../../src/policy/load.js'
import { renderComment } from '../../../src/render/comment.js'
import { renderJUnit } from '../../../src/render/junit.js'
import { toReport } from '../../../src/report/write.js'
import { input } from '../../core/fixtures.js'
import { renderGfm, textOf } from '../gfm.js'
import { FRAUD_LOSS_KPI } from '../../helpers/kpi-policy.js'

const POLICY = `version: 1
${FRAUD_LOSS_KPI}statistics: { confidence: 0.95, inconclusive: block }
fairness:
  "slices.*.recall": { min_ratio: 0.8, min_n: 100 }
gates:
  recall: { max_regression: 0.5% }
`

const side = (recall: number, fpr: number, n: number, slices: Record<string, [number, number]>): Metrics =>
  new Map([
    ['recall', { value: recall, n }],
    ['false_positive_rate', { value: fpr, n: 80000 }],
    ...Object.entries(slices).map(([s, [value, sn]]): [string, { value: number; n: number }] => [`slices.${s}.recall`, { value, n: sn }]),
  ])

function result(baseline: Metrics, candidate: Metrics): GateResult {
  const model = parsePolicy(POLICY, '.github/model-gate.yml').models[0]!
  const ev = evaluate(input({ model, baseline, candidate }))
  return {
    verdict: ev.verdict,
    mode: 'enforce',
    evaluations: [ev],
    modelKey: 'default',
    policyPath: '.github/model-gate.yml',
    headSha: 'a'.repeat(40),
  }
}

const visible = (markdown: string): string[] =>
  textOf(renderGfm(markdown))
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)

describe('the KPI and fairness sections', () => {
  // recall 0.842 → 0.838 on 400 examples: too noisy to tell a 0.5% drop; under inconclusive: block it blocks.
  const r = result(
    side(0.842, 0.0061, 400, { a: [0.8, 500], b: [0.7, 500], tiny: [0.2, 10] }),
    side(0.838, 0.0061, 400, { a: [0.8, 500], b: [0.6, 500], tiny: [0.2, 10] }),
  )
  const comment = renderComment(r, { policyPath: '.github/model-gate.yml' })
  const lines = visible(comment)

  test('KPIs lead, in dollars, before the summary and the table; the heading counts KPI rows and fairness rules', () => {
    expect(lines[0]).toBe('❌ model-gate: blocked — 1 of 1 KPI fails; 1 of 1 metric fails; 1 of 1 fairness rule fails')
    expect(lines[1]).toBe('Business KPIs')
    expect(lines[2]).toMatch(
      /^❔ Expected monthly loss to fraud and manual review \(fraud_loss\): \$83,880 → \$85,880 \(\+\$2,000, \+2\.4%\)$/,
    )
    expect(lines[3]).toBe('✅ at most $100,000 (passes)')
    expect(lines[4]).toMatch(
      /^❔ may rise at most 5% \(inconclusive, blocks, limit \$88,074\) · 95% interval of the rise: −\$\d{1,2},\d{3} to \+\$\d{1,2},\d{3} \(delta\)$/,
    )
  })

  test('no $ is left to read as math: every $ of the source is escaped', () => {
    expect(comment).not.toMatch(/(^|[^\\])\$\d/m)
  })

  test('the metric row shows the interval; the fairness section names best, worst, gap and the skipped slice', () => {
    expect(comment).toMatch(
      /\| ❔ \| `recall` \|.*may drop at most 0\.5% \(inconclusive, blocks\) · 95% interval of the drop: −0\.0\d+ to \+0\.0\d+ \(newcombe\) \|/,
    )
    expect(lines).toContain('❌ slices.*.recall: best a 0.8, worst b 0.6, gap 0.2, ratio 0.75 over 2 slices')
    expect(lines).toContain('❌ worst ÷ best slice at least 0.8 (four-fifths rule) (fails)')
    expect(lines).toContain('⏭️ left out: tiny (n = 10 is below min_n 100)')
  })

  test('the report round-trips through the fork flow: the same comment from the parsed report', () => {
    const report = toReport(r)
    const back = resultFromReport(parseReport(JSON.stringify(report)))
    expect(renderComment(back, { policyPath: '.github/model-gate.yml' })).toBe(comment)
    const kpi = report.checks.find((c) => c.id === 'kpi:fraud_loss:max_regression')
    expect(kpi).toMatchObject({
      kind: 'kpi',
      status: 'inconclusive',
      severity: 'block',
      unit: 'USD',
      statistics: { method: 'delta', confidence: 0.95, p_value: null },
    })
  })

  test('JUnit: a blocking inconclusive check is a failure', () => {
    const xml = renderJUnit(r)
    expect(xml).toMatch(/name="kpi:fraud_loss:max_regression"[^>]*>\s*<failure/)
  })
})
