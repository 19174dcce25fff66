import { describe, expect, test } from '@jest/globals'
import { evaluate } from '../../../src/core/evaluate.js'
import { parseFormula } from '../../../src/core/kpi/formula.js'
import type { KpiDefinition, Metrics } from '../../../src/core/types.js'
import { gate, input, metrics, model } from '../fixtures.js'

const CONSTANTS = new Map([
  ['fraud_per_month', 1000],
  ['avg_fraud_usd', 500],
  ['legit_per_month', 200000],
  ['review_cost_usd', 4],
])
const FORMULA = '(1 - recall) * fraud_per_month * avg_fraud_usd + false_positive_rate * legit_per_month * review_cost_usd'

function kpi(formula: string, over: Parameters<typeof gate>[1] = {}): KpiDefinition {
  const parsed = parseFormula(formula)
  if (!parsed.ok) throw new Error(parsed.error.message)
  return {
    name: 'fraud_loss',
    formula: parsed.formula,
    formulaText: formula,
    names: parsed.names,
    unit: { kind: 'currency', code: 'USD' },
    unitText: 'USD',
    gate: gate('fraud_loss', { better: 'lower', ...over }),
    formulaLocation: { file: 'p.yml', line: 5, column: 15 },
  }
}

function run(k: KpiDefinition, candidate: Metrics, baseline?: Metrics) {
  return evaluate(input({ model: model([], { constants: CONSTANTS, kpis: [k] }), candidate, ...(baseline ? { baseline } : {}) }))
}

describe('KPI checks', () => {
  // recall 0.842 → 0.811, FPR 0.0061 → 0.0055: loss 79,000 + 4,880 = 83,880 → 94,500 + 4,400 = 98,900.
  const baseline = metrics({ recall: 0.842, false_positive_rate: 0.0061 })
  const candidate = metrics({ recall: 0.811, false_positive_rate: 0.0055 })

  test('computed on both sides and held to every rule: a ceiling passes, a 5% regression fails', () => {
    const ev = run(kpi(FORMULA, { max: 100000, max_regression: { kind: 'relative', percent: 5 } }), candidate, baseline)
    expect(ev.verdict).toBe('blocked')
    expect(ev.checks.map((c) => [c.id, c.kind, c.status, c.unit])).toEqual([
      ['kpi:fraud_loss:max', 'kpi', 'pass', 'USD'],
      ['kpi:fraud_loss:max_regression', 'kpi', 'fail', 'USD'],
    ])
    expect(ev.checks[0]?.candidate).toBeCloseTo(98900, 6)
    expect(ev.checks[1]?.baseline).toBeCloseTo(83880, 6)
    expect(ev.checks[1]?.limit).toBeCloseTo(83880 * 1.05, 6)
  })

  test('an improvement in dollars approves', () => {
    expect(run(kpi(FORMULA, { max: 100000, max_regression: { kind: 'relative', percent: 5 } }), baseline, candidate).verdict).toBe(
      'approved',
    )
  })

  test('a division by zero fails the KPI with the reason; on the baseline side its baseline rule is not evaluated', () => {
    const k = kpi('fraud_per_month / false_positive_rate', { max: 1e9, max_regression: { kind: 'relative', percent: 5 } })
    const ev = run(k, metrics({ false_positive_rate: 0 }), metrics({ false_positive_rate: 0.01 }))
    expect(ev.verdict).toBe('blocked')
    expect(ev.checks.map((c) => [c.status, c.message])).toEqual([
      ['fail', 'cannot be computed: division by zero: false_positive_rate is 0 in fraud_per_month / false_positive_rate'],
      ['fail', 'cannot be computed: division by zero: false_positive_rate is 0 in fraud_per_month / false_positive_rate'],
    ])
    const baseSide = run(k, metrics({ false_positive_rate: 0.01 }), metrics({ false_positive_rate: 0 }))
    expect(baseSide.checks.map((c) => c.status)).toEqual(['pass', 'not_evaluated'])
    expect(baseSide.checks[1]?.message).toMatch(/^the baseline KPI cannot be computed: division by zero/)
  })

  test('a metric that is not a number fails the KPI', () => {
    const ev = run(kpi(FORMULA, { max: 100000 }), new Map([...candidate, ['recall', { value: 'N/A' }]]))
    expect(ev.checks[0]).toMatchObject({ status: 'fail', message: 'cannot be computed: `recall` is "N/A", not a number' })
  })

  test('a name that is neither a constant nor a metric: a policy error in the formula, with a did-you-mean', () => {
    const ev = run(kpi('(1 - recal) * fraud_per_month * avg_fraud_usd', { max: 1 }), candidate, baseline)
    expect(ev.verdict).toBe('error')
    expect(ev.problems).toEqual([
      {
        file: 'p.yml',
        line: 5,
        column: 20,
        message: 'KPI `fraud_loss`: `recal` is neither a constant nor a metric of the candidate (did you mean `recall`?).',
        fix: 'Write `recall`, or add `recal` under `constants:`.',
      },
    ])
    const second = run(kpi('recall + recal', { max: 1 }), candidate)
    expect(second.problems[0]?.column).toBe(15 + 9)
    const constant = run(kpi('recall * avg_fraud_us', { max: 1 }), candidate)
    expect(constant.problems[0]?.message).toMatch(/did you mean `avg_fraud_usd`\?/)
  })

  test("statistics: the delta method from the metrics' ci / n gives the KPI an interval in dollars", () => {
    // se(recall) from n: √(p(1 − p)/n); ∂loss/∂recall = −500,000, ∂loss/∂FPR = 800,000.
    const withN = (r: number, rn: number, f: number, fn: number): Metrics =>
      new Map([
        ['recall', { value: r, n: rn }],
        ['false_positive_rate', { value: f, n: fn }],
      ])
    const k = kpi(FORMULA, { max_regression: { kind: 'relative', percent: 5 }, statistics: { confidence: 0.95, inconclusive: 'warn' } })
    const ev = run(k, withN(0.811, 4210, 0.0055, 84200), withN(0.842, 4188, 0.0061, 83760))
    const check = ev.checks[0]!
    const se = (p: number, n: number, d: number) => (d * Math.sqrt((p * (1 - p)) / n)) ** 2
    const expected =
      1.959964 * Math.sqrt(se(0.811, 4210, 500000) + se(0.0055, 84200, 800000) + se(0.842, 4188, 500000) + se(0.0061, 83760, 800000))
    const w = check.candidate! - check.baseline!
    expect(check.statistics?.method).toBe('delta')
    expect(check.statistics?.interval[0]).toBeCloseTo(w - expected, 2)
    expect(check.statistics?.interval[1]).toBeCloseTo(w + expected, 2)
    expect(check.status).toBe('fail')
    // The same change on 40 fraud cases is too noisy to tell.
    const small = run(k, withN(0.811, 40, 0.0055, 84200), withN(0.842, 40, 0.0061, 83760))
    expect(small.checks[0]?.status).toBe('inconclusive')
  })
})

describe("KPI messages are in the KPI's unit", () => {
  test('dollars for a ceiling and a regression', () => {
    const ev = run(
      kpi(FORMULA, { max: 100000, max_regression: { kind: 'relative', percent: 5 } }),
      metrics({ recall: 0.811, false_positive_rate: 0.0055 }),
      metrics({ recall: 0.842, false_positive_rate: 0.0061 }),
    )
    expect(ev.checks.map((c) => c.message)).toEqual([
      '$98,900 is within the ceiling $100,000',
      'rose $15,020 (+18%) from $83,880 to $98,900; the limit is $88,074',
    ])
  })
})
