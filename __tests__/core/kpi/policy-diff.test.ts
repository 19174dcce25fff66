import { describe, expect, test } from '@jest/globals'
import { diffPolicies } from '../../../src/core/policy-diff.js'
import { diffStatistics } from '../../../src/core/kpi/policy-diff.js'
import { parsePolicy } from '../../../src/policy/load.js'

const BASE = `version: 1
constants: { c: 2 }
kpis:
  loss: { formula: "a * c", unit: USD, better: lower, max: 100, max_regression: 5% }
statistics: { confidence: 0.95, inconclusive: warn }
fairness:
  "s.*.r": { max_gap: 0.05, min_ratio: 0.8, max_gap_regression: 0.02, min_n: 100 }
gates:
  a: { max_regression: 1% }
  "s.*.r": { min: 0.5, min_n: 100 }
`

function changes(head: string): string[] {
  return diffPolicies(parsePolicy(BASE, 'p.yml'), parsePolicy(head, 'p.yml')).map((c) => `${c.effect} ${c.description}`)
}

describe('policy diff of KPIs, statistics and fairness', () => {
  test('no change, no entry', () => {
    expect(changes(BASE)).toEqual([])
  })

  test("a KPI's rules go through the registry: raising max and the regression allowance loosen", () => {
    expect(changes(BASE.replace('max: 100, max_regression: 5%', 'max: 200, max_regression: 10%'))).toEqual([
      'loosens `kpis.loss`: max raised from 100 to 200',
      'loosens `kpis.loss`: max_regression raised from 5% to 10%',
    ])
  })

  test('a KPI removed loosens; formula and constants changes are shown', () => {
    expect(changes(BASE.replace(/kpis:\n.*\n/, ''))).toEqual(['loosens `kpis.loss`: KPI removed; its rules no longer apply'])
    expect(changes(BASE.replace('"a * c"', '"a * c / 2"').replace('{ c: 2 }', '{ c: 3 }'))).toEqual([
      'changes `constants.c`: changed from 2 to 3',
      'changes `kpis.loss`: formula changed from a * c to a * c / 2',
    ])
  })

  test('fairness: raising max_gap, lowering min_ratio, raising min_n, removing a threshold or the rule loosen', () => {
    expect(
      changes(
        BASE.replace('max_gap: 0.05, min_ratio: 0.8, max_gap_regression: 0.02, min_n: 100', 'max_gap: 0.1, min_ratio: 0.7, min_n: 200'),
      ),
    ).toEqual([
      'loosens `fairness.s.*.r`: max_gap raised from 0.05 to 0.1',
      'loosens `fairness.s.*.r`: min_ratio lowered from 0.8 to 0.7',
      'loosens `fairness.s.*.r`: max_gap_regression removed (was 0.02)',
      'loosens `fairness.s.*.r`: min_n raised from 100 to 200',
    ])
    expect(changes(BASE.replace(/fairness:\n.*\n/, ''))).toEqual(['loosens `fairness.s.*.r`: fairness rule removed'])
    expect(changes(BASE.replace('min_ratio: 0.8', 'min_ratio: 0.9'))).toEqual([
      'tightens `fairness.s.*.r`: min_ratio raised from 0.8 to 0.9',
    ])
  })

  test('statistics: inconclusive block → warn loosens, on every gate and KPI it applies to', () => {
    const found = changes(BASE.replace('inconclusive: warn', 'inconclusive: block'))
    expect(found).toEqual([
      'tightens `a`: statistics changed from confidence 0.95, inconclusive warn to confidence 0.95, inconclusive block',
      'tightens `s.*.r`: statistics changed from confidence 0.95, inconclusive warn to confidence 0.95, inconclusive block',
      'tightens `kpis.loss`: statistics changed from confidence 0.95, inconclusive warn to confidence 0.95, inconclusive block',
    ])
    expect(changes(BASE.replace('min: 0.5, min_n: 100', 'min: 0.5, min_n: 50'))).toEqual(['tightens `s.*.r`: min_n lowered from 100 to 50'])
  })

  test.each([
    // [from, to, effect]: loosest first: warn@0.99 < warn@0.9 < off < block@0.9 < block@0.99
    [{ confidence: 0.9, inconclusive: 'warn' }, { confidence: 0.99, inconclusive: 'warn' }, 'loosens'],
    [{ confidence: 0.99, inconclusive: 'warn' }, { confidence: 0.9, inconclusive: 'warn' }, 'tightens'],
    [{ confidence: 0.9, inconclusive: 'block' }, { confidence: 0.99, inconclusive: 'block' }, 'tightens'],
    [{ confidence: 0.99, inconclusive: 'block' }, { confidence: 0.9, inconclusive: 'block' }, 'loosens'],
    [{ confidence: 0.95, inconclusive: 'warn' }, undefined, 'tightens'],
    [{ confidence: 0.95, inconclusive: 'block' }, undefined, 'loosens'],
    [undefined, { confidence: 0.95, inconclusive: 'warn' }, 'loosens'],
    [{ confidence: 0.99, inconclusive: 'block' }, { confidence: 0.5, inconclusive: 'warn' }, 'loosens'],
  ] as const)('statistics %j → %j %s', (from, to, effect) => {
    expect(diffStatistics(from, to)?.effect).toBe(effect)
  })
})
