import { describe, expect, test } from '@jest/globals'
import type { GateError } from '../../src/core/errors.js'
import { parsePolicy } from '../../src/policy/load.js'
import { FRAUD_LOSS_KPI } from '../helpers/kpi-policy.js'

const CONTRACT = `version: 1
${FRAUD_LOSS_KPI}statistics:
  confidence: 0.95
  inconclusive: warn
fairness:
  "slices.*.recall": { max_gap: 0.05, min_ratio: 0.8, max_gap_regression: 0.02, min_n: 100 }
gates:
  recall: { max_regression: 1% }
  auc: { max_regression: 1%, statistics: false }
  precision: { max_regression: 1%, statistics: { inconclusive: block } }
  "slices.*.recall": { min: 0.8, min_n: 100 }
`

function problems(text: string): string[] {
  try {
    parsePolicy(text, 'p.yml')
  } catch (error) {
    return (error as GateError).problems.map((p) => `${p.line}:${p.column} ${p.message} | ${p.fix ?? ''}`)
  }
  return []
}

describe('the contract of issue 8', () => {
  const policy = parsePolicy(CONTRACT, 'p.yml')
  const model = policy.models[0]!

  test('constants, KPI (formula, unit, rules as a gate), statistics, fairness', () => {
    expect([...(model.constants ?? [])]).toEqual([
      ['fraud_per_month', 1000],
      ['avg_fraud_usd', 500],
      ['legit_per_month', 200000],
      ['review_cost_usd', 4],
    ])
    const [kpi] = model.kpis ?? []
    expect(kpi).toMatchObject({
      name: 'fraud_loss',
      unitText: 'USD',
      unit: { kind: 'currency', code: 'USD' },
      names: ['recall', 'fraud_per_month', 'avg_fraud_usd', 'false_positive_rate', 'legit_per_month', 'review_cost_usd'],
      formulaLocation: { file: 'p.yml', line: 5, column: 15 },
      gate: {
        pattern: 'fraud_loss',
        better: 'lower',
        severity: 'block',
        rules: { max: 100000, max_regression: { kind: 'relative', percent: 5 } },
        description: 'Expected monthly loss to fraud and manual review',
        statistics: { confidence: 0.95, inconclusive: 'warn' },
      },
    })
    expect(model.fairness).toEqual([
      {
        pattern: 'slices.*.recall',
        better: 'higher',
        severity: 'block',
        maxGap: 0.05,
        minRatio: 0.8,
        maxGapRegression: 0.02,
        minN: 100,
        location: { file: 'p.yml', line: 15, column: 3 },
      },
    ])
  })

  test('statistics per gate: inherited, opted out with false, own keys over the inherited ones; min_n on a wildcard gate', () => {
    const gate = (p: string) => model.gates.find((g) => g.pattern === p)
    expect(gate('recall')?.statistics).toEqual({ confidence: 0.95, inconclusive: 'warn' })
    expect(gate('auc')?.statistics).toBeUndefined()
    expect(gate('precision')?.statistics).toEqual({ confidence: 0.95, inconclusive: 'block' })
    expect(gate('slices.*.recall')?.minN).toBe(100)
  })

  test('without statistics: no gate decides on intervals', () => {
    const plain = parsePolicy('version: 1\ngates:\n  recall: { max_regression: 1% }\n', 'p.yml')
    expect(plain.models[0]?.gates[0]?.statistics).toBeUndefined()
  })
})

describe('problems, located', () => {
  test.each([
    // [formula as written, expected line:column, message fragment]
    ['"recall * constructor"', '3:27', 'constructor'],
    ["'recall.__proto__'", '3:25', '__proto__'],
    ['recall * "x"', '3:26', 'string'],
    ['"(1 - recall) *"', '3:32', 'expected expression after *'],
  ])('formula %s → %s', (formula, at, fragment) => {
    const found = problems(`version: 1\nkpis:\n  k: { formula: ${formula}, unit: USD }\ngates: { a: { min: 1 } }\n`)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(new RegExp(`^${at} the formula of KPI \`k\``))
    expect(found[0]).toContain(fragment)
  })

  test('a statistics typo and a confidence out of range: one problem each, no noise about `false`', () => {
    expect(problems('version: 1\nstatistics: { confidence: 1.5, inconclusiv: warn }\ngates: { a: { min: 1 } }\n')).toEqual([
      '2:27 `statistics.confidence` is 1.5; expected a number < 1. | Write a confidence between 0 and 1, e.g. `0.95`.',
      '2:32 unknown key `inconclusiv` in `statistics` (did you mean `inconclusive`?). | Rename it to `inconclusive`.',
    ])
    expect(problems('version: 1\nstatistics: yes\ngates: { a: { min: 1 } }\n')).toHaveLength(1)
  })

  test('an unknown unit and a fairness pattern without *', () => {
    const found = problems(
      'version: 1\nkpis:\n  k: { formula: "a + 1", unit: XYZ }\nfairness:\n  recall: { max_gap: 0.1 }\ngates: { a: { min: 1 } }\n',
    )
    expect(found).toEqual([
      expect.stringMatching(/^3:32 `kpis.k.unit`: XYZ is not an ISO 4217 currency code\./),
      expect.stringMatching(/^5:3 fairness pattern `recall` has no `\*`/),
    ])
  })

  test('KPIs with models: live in each model, not at the top', () => {
    expect(problems('version: 1\nkpis: { k: { formula: a } }\nmodels:\n  m: { gates: { a: { min: 1 } } }\n').join('\n')).toMatch(
      /top-level `kpis` cannot be combined with `models:`/,
    )
    const multi = parsePolicy(
      'version: 1\nmodels:\n  m:\n    constants: { c: 2 }\n    kpis: { k: { formula: a * c } }\n    gates: { a: { min: 1 } }\n',
      'p.yml',
    )
    expect(multi.models[0]?.kpis?.[0]?.names).toEqual(['a', 'c'])
  })
})
