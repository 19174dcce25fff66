import { describe, expect, test } from '@jest/globals'
import type { HistoryEntry } from '../../../src/core/history/entry.js'
import { commentTrends, describeTrend, ordinal, trendSeries } from '../../../src/core/history/trend.js'
import type { Evaluation, ModelPolicy } from '../../../src/core/types.js'

describe('describeTrend', () => {
  test.each([
    // [values, better, expected text, worsening]
    [[], 'higher', undefined, undefined],
    [[0.9], 'higher', 'recall: first merge', false],
    [[0.9, 0.9, 0.9], 'higher', 'recall: unchanged over 2 merges', false],
    [[0.9, 0.9], 'higher', 'recall: unchanged over 1 merge', false],
    [[0.9, 0.89], 'higher', 'recall: drop, −1.1% over 1 merge', true],
    [[0.9, 0.91], 'higher', 'recall: rise, +1.1% over 1 merge', false],
    [[0.9, 0.91], 'lower', 'recall: rise, +1.1% over 1 merge', true],
    [[1, 0.99, 0.98, 0.97], 'higher', 'recall: 3rd drop in a row, −3.0% over 3 merges', true],
    [[1, 1.1, 0.99, 0.98], 'higher', 'recall: 2nd drop in a row, −2.0% over 3 merges', true],
    [[1, 0.9, 0.9], 'higher', 'recall: unchanged since the last merge, −10.0% over 2 merges', false],
    [[0, 0.25], 'higher', 'recall: rise, +0.250 over 1 merge', false],
    [[1, 1.0001], 'higher', 'recall: rise, +0.01% over 1 merge', false],
    [[-2, -1], 'higher', 'recall: rise, +50.0% over 1 merge', false],
  ] as const)('%j (%s) → %s', (values, better, text, worsening) => {
    const summary = describeTrend('recall', values, better)
    expect(summary?.text).toBe(text)
    expect(summary?.worsening).toBe(worsening)
  })

  test('the issue’s example: six drops in a row ending a 20-merge window', () => {
    // 15 steady values, then six drops; 21 points = 20 merges of change.
    const values = [...Array.from({ length: 15 }, () => 0.95), 0.945, 0.94, 0.937, 0.935, 0.932, 0.93]
    expect(values).toHaveLength(21)
    expect(describeTrend('recall', values, 'higher')!.text).toBe('recall: 6th drop in a row, −2.1% over 20 merges')
  })

  test.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [22, '22nd'],
    [101, '101st'],
    [111, '111th'],
  ])('ordinal %d', (n, text) => {
    expect(ordinal(n)).toBe(text)
  })
})

describe('trendSeries', () => {
  const entry = (i: number, model = 'fraud', recall?: number): HistoryEntry => ({
    v: 1,
    time: `2026-11-${String(i + 1).padStart(2, '0')}T00:00:00Z`,
    sha: `${i}`.padEnd(40, 'f'),
    model,
    verdict: 'approved',
    mode: 'enforce',
    metrics: recall === undefined ? {} : { recall },
    limits: { recall: { better: 'higher', min: 0.8 + i / 100 } },
    kpis: { saved: { value: i * 10, unit: 'EUR' } },
  })
  const history = [
    entry(0, 'fraud', 0.9),
    entry(1, 'churn', 0.5),
    entry(2, 'fraud'),
    entry(3, 'fraud', 0.91),
    entry(4, 'fraud', 0.92),
    entry(5, 'fraud', 0.93),
  ]

  test('the last `trend` merged values of the model, oldest first, then the candidate', () => {
    const series = trendSeries(history, { model: 'fraud', name: 'recall', candidate: 0.94, trend: 3 })
    expect(series.points).toEqual([
      { label: '3ffffff', value: 0.91, candidate: false },
      { label: '4ffffff', value: 0.92, candidate: false },
      { label: '5ffffff', value: 0.93, candidate: false },
      { label: 'PR', value: 0.94, candidate: true },
    ])
    expect(series.min).toBeCloseTo(0.85)
    expect(series.better).toBe('higher')
  })

  test('the candidate policy’s limit wins over the recorded one; KPIs carry their unit', () => {
    expect(trendSeries(history, { model: 'fraud', name: 'recall', limit: { better: 'lower', max: 1 } })).toMatchObject({
      better: 'lower',
      max: 1,
    })
    const kpi = trendSeries(history, { model: 'fraud', name: 'saved', kind: 'kpi' })
    expect(kpi.unit).toBe('EUR')
    expect(kpi.points.map((p) => p.value)).toEqual([0, 20, 30, 40, 50])
  })

  test('no history: only the candidate, or nothing', () => {
    expect(trendSeries([], { model: 'fraud', name: 'recall', candidate: 0.9 }).points).toHaveLength(1)
    expect(trendSeries(history, { model: 'other', name: 'recall' }).points).toEqual([])
  })
})

describe('commentTrends', () => {
  const none = { source: 'none' } as const
  const evaluation: Evaluation = {
    model: 'fraud',
    verdict: 'approved',
    mode: 'enforce',
    problems: [],
    policy: none,
    baseline: none,
    candidate: none,
    policyChanges: [],
    checks: [
      {
        id: 'threshold:recall:min',
        kind: 'threshold',
        metric: 'recall',
        gate: 'recall',
        status: 'pass',
        severity: 'block',
        candidate: 0.9,
        rule: '',
        message: '',
      },
      {
        id: 'baseline:recall',
        kind: 'baseline',
        metric: 'recall',
        gate: 'recall',
        status: 'pass',
        severity: 'block',
        candidate: 0.9,
        rule: '',
        message: '',
      },
      {
        id: 'threshold:auc:min',
        kind: 'threshold',
        metric: 'auc',
        gate: 'auc',
        status: 'warn',
        severity: 'warn',
        candidate: 0.9,
        rule: '',
        message: '',
      },
      {
        id: 'threshold:f1:min',
        kind: 'threshold',
        metric: 'f1',
        gate: 'f1',
        status: 'pass',
        severity: 'block',
        candidate: 0.8,
        rule: '',
        message: '',
      },
    ],
  }
  const at = (i: number, recall: number, f1: number): HistoryEntry => ({
    v: 1,
    time: 't',
    sha: `${i}abcdef0`,
    model: 'fraud',
    verdict: 'approved',
    mode: 'enforce',
    metrics: { recall, f1, auc: 0.9 },
    kpis: { saved: { value: i } },
  })
  const policy: ModelPolicy = {
    name: 'fraud',
    metricsFile: 'm',
    baseline: { source: 'none', file: 'm', missing: 'warn' },
    gates: [{ pattern: 'recall', better: 'higher', rules: { min: 0.85 }, severity: 'block', required: true }],
  }

  test('KPIs and blocking metrics, once each, worsening lines first', () => {
    const trends = commentTrends([at(1, 0.93, 0.7), at(2, 0.92, 0.75), at(3, 0.91, 0.79)], evaluation, {
      policy,
      kpis: { saved: { value: 4 } },
    })
    expect(trends.series.map((s) => s.name)).toEqual(['saved', 'recall', 'f1'])
    expect(trends.series[1]!.min).toBe(0.85)
    expect(trends.lines.map((l) => l.text)).toEqual([
      'recall: 3rd drop in a row, −3.2% over 3 merges',
      'saved: 3rd rise in a row, +300.0% over 3 merges',
      'f1: 3rd rise in a row, +14.3% over 3 merges',
    ])
  })

  test('no history: nothing', () => {
    expect(commentTrends([], evaluation, { kpis: { saved: { value: 1 } } })).toEqual({ series: [], lines: [] })
  })
})
