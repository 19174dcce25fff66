import { describe, expect, test } from '@jest/globals'
import { productionFindings, reviewFindings } from '../../../src/core/history/monitor.js'
import type { DeclarationSummary, Metrics } from '../../../src/core/types.js'
import { gate } from '../fixtures.js'

const card = (nextReview?: string): DeclarationSummary => ({
  file: 'MODEL_CARD.md',
  regulations: [],
  legalBasis: [],
  specialCategories: [],
  owners: ['@ana'],
  ...(nextReview ? { nextReview } : {}),
})

describe('reviewFindings', () => {
  test.each([
    // [next review, now, expected severity, message]
    ['2027-03-01', '2026-12-01T06:00:00Z', undefined, undefined],
    ['2026-12-31', '2026-12-01T06:00:00Z', 'warn', 'The review is due on 2026-12-31, in 30 days.'],
    ['2027-01-01', '2026-12-01T06:00:00Z', undefined, undefined],
    ['2026-12-02', '2026-12-01T23:59:00Z', 'warn', 'The review is due on 2026-12-02, in 1 day.'],
    ['2026-12-01', '2026-12-01T23:59:00Z', 'warn', 'The review is due on 2026-12-01, in 0 days.'],
    ['2026-11-30', '2026-12-01T00:00:00Z', 'fail', 'The review is overdue: it was due on 2026-11-30, 1 day ago.'],
    ['2026-11-01', '2026-12-01T06:00:00Z', 'fail', 'The review is overdue: it was due on 2026-11-01, 30 days ago.'],
    ['soon', '2026-12-01T06:00:00Z', 'fail', 'The next review date `soon` is not a date.'],
    [undefined, '2026-12-01T06:00:00Z', 'fail', 'No next review date is declared in `MODEL_CARD.md`.'],
  ])('next review %s at %s → %s', (next, now, severity, message) => {
    const findings = reviewFindings(card(next), now)
    expect(findings.map((f) => f.severity)[0]).toBe(severity)
    expect(findings[0]?.message).toBe(message)
  })

  test('the warning window is configurable; no declarations, no finding', () => {
    expect(reviewFindings(card('2026-12-10'), '2026-12-01', 5)).toEqual([])
    expect(reviewFindings(undefined, '2026-12-01')).toEqual([])
  })
})

describe('productionFindings', () => {
  const gates = [
    gate('recall', { min: 0.85 }),
    gate('latency_p95_ms', { better: 'lower', max: 50, severity: 'warn' }),
    gate('per_class.*.f1', { min: 0.6 }),
    gate('auc', { max_regression: { kind: 'absolute', value: 0.01 } }),
    gate('coverage', { min: 0.9 }),
  ]
  const production: Metrics = new Map([
    ['recall', { value: 0.81 }],
    ['latency_p95_ms', { value: 62 }],
    ['per_class.a.f1', { value: 0.7 }],
    ['per_class.b.f1', { value: 0.5 }],
    ['auc', { value: 0.5 }],
  ])

  test('floors and ceilings breached, wildcard gates per metric, missing exports warned, regressions not applied', () => {
    expect(productionFindings(production, gates, 'monitoring/latest.json').map((f) => [f.severity, f.message])).toEqual([
      ['fail', '`recall` in production is 0.81, below the floor 0.85.'],
      ['warn', '`latency_p95_ms` in production is 62, above the ceiling 50.'],
      ['fail', '`per_class.b.f1` in production is 0.5, below the floor 0.6.'],
      ['warn', '`coverage` is gated but missing from the production export `monitoring/latest.json`.'],
    ])
  })

  test('a non-number fails; all within bounds is no finding', () => {
    expect(productionFindings(new Map([['recall', { value: 'n/a' }]]), [gates[0]!], 'm.json')[0]!.message).toBe(
      '`recall` in production is "n/a", not a number.',
    )
    expect(productionFindings(new Map([['recall', { value: 0.85 }]]), [gates[0]!], 'm.json')).toEqual([])
  })
})
