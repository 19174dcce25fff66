import fc from 'fast-check'
import {
  CONSISTENCY_TOLERANCE,
  consistencyTolerance,
  consistencyChecks,
  summarizePredictions,
  withComputed,
  worseningIntervals,
} from '../../../src/core/predictions/summary.js'
import type { Metrics, PredictionSettings } from '../../../src/core/types.js'

const binary: PredictionSettings = { file: 'eval/p.csv', baselineFile: 'eval/p.csv', task: 'binary', threshold: 0.5 }
const regression: PredictionSettings = { ...binary, task: 'regression' }
const ids = ['a', 'b', 'c', 'd']
const labels = [1, 1, 0, 0]
// Candidate: tp=1 (a), fn=1 (b), fp=1 (c), tn=1 (d); positives {0.9, 0.4} vs negatives {0.6, 0.1}:
// 3 of 4 pairs ordered, AUC 0.75. Baseline: all four right, AUC 1. Flips: b and c broken.
const cand = [0.9, 0.4, 0.6, 0.1]
const base = [0.8, 0.7, 0.3, 0.2]

describe('summarizePredictions', () => {
  test('unpaired: the candidate metrics only, and the note', () => {
    const s = summarizePredictions({ settings: binary, candidate: { ids, labels, values: cand }, baselineNote: 'no base' })
    expect(s.candidate).toEqual({ accuracy: 0.5, precision: 0.5, recall: 0.5, f1: 0.5, roc_auc: 0.75 })
    expect(s).toMatchObject({ rows: 4, threshold: 0.5, note: 'no base', comparisons: {} })
    expect(s.baseline).toBeUndefined()
    expect(s.flips).toBeUndefined()
  })

  test('paired binary: both sides, flips, every comparison with its method', () => {
    const s = summarizePredictions({ settings: binary, candidate: { ids, labels, values: cand }, baseline: base })
    expect(s.baseline).toEqual({ accuracy: 1, precision: 1, recall: 1, f1: 1, roc_auc: 1 })
    expect(s.flips).toEqual({ fixed: 0, broken: 2, total: 4, brokenIds: ['b', 'c'] })
    expect(Object.fromEntries(Object.entries(s.comparisons).map(([k, v]) => [k, v.method]))).toEqual({
      accuracy: 'bootstrap',
      precision: 'bootstrap',
      recall: 'bootstrap',
      f1: 'bootstrap',
      roc_auc: 'delong',
    })
    expect(s.comparisons.accuracy?.estimate).toBeCloseTo(-0.5, 12)
    // McNemar exact, 0 fixed vs 2 broken: two-sided p = 2 · 0.5² = 0.5.
    expect(s.comparisons.accuracy?.p_value).toBeCloseTo(0.5, 12)
    expect(s.comparisons.roc_auc?.estimate).toBeCloseTo(-0.25, 12)
  })

  test('one class only: roc_auc is absent, not NaN', () => {
    const s = summarizePredictions({ settings: binary, candidate: { ids, labels: [1, 1, 1, 1], values: cand }, baseline: base })
    expect(s.candidate.roc_auc).toBeUndefined()
    expect(s.comparisons.roc_auc).toBeUndefined()
  })

  test('paired regression: mae and rmse with normal intervals', () => {
    const s = summarizePredictions({
      settings: regression,
      candidate: { ids, labels: [1, 2, 3, 4], values: [1.5, 2, 3, 5] },
      baseline: [1, 2, 3, 4.5],
    })
    expect(s.candidate).toEqual({ mae: 0.375, rmse: Math.sqrt(1.25 / 4) })
    expect(s.baseline).toEqual({ mae: 0.125, rmse: Math.sqrt(0.25 / 4) })
    expect(s.comparisons.mae?.method).toBe('normal')
    expect(s.comparisons.mae?.estimate).toBeCloseTo(0.25, 12)
    expect(s.threshold).toBeUndefined()
  })
})

describe('worseningIntervals (EvaluateInput.pairedIntervals)', () => {
  test('higher-is-better metrics: w = b − c, the interval negated and swapped; lower: as is', () => {
    const s = summarizePredictions({ settings: binary, candidate: { ids, labels, values: cand }, baseline: base })
    const w = worseningIntervals(s)
    for (const name of ['accuracy', 'precision', 'recall', 'f1', 'roc_auc']) {
      const [lo, hi] = s.comparisons[name]?.interval as [number, number]
      expect(w.get(name)?.interval).toEqual([-hi || 0, -lo || 0])
      expect(w.get(name)?.confidence).toBe(0.95)
    }
    expect(w.get('accuracy')?.p_value).toBeCloseTo(0.5, 12)
    expect(w.get('roc_auc')?.method).toBe('delong')
    // The candidate is worse on every example that flipped: w is positive.
    expect(w.get('roc_auc')?.interval[1]).toBeGreaterThan(0)
    const r = summarizePredictions({
      settings: regression,
      candidate: { ids, labels: [1, 2, 3, 4], values: [1.5, 2, 3, 5] },
      baseline: [1, 2, 3, 4.5],
    })
    expect(worseningIntervals(r).get('mae')?.interval).toEqual(r.comparisons.mae?.interval)
  })

  test('property: identical predictions give w intervals that contain 0 (never a failure)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 2, maxLength: 60 }), (rows) => {
        const l = rows.map(([y]) => (y ? 1 : 0))
        const v = rows.map(([, s]) => s)
        const s = summarizePredictions({ settings: binary, candidate: { ids: l.map((_, i) => `${i}`), labels: l, values: v }, baseline: v })
        for (const [, w] of worseningIntervals(s)) expect(w.interval[0] <= 0 && w.interval[1] >= 0).toBe(true)
      }),
      { numRuns: 100 },
    )
  })

  test('property: swapping candidate and baseline mirrors the worsening interval', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.boolean(), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })), {
          minLength: 4,
          maxLength: 60,
        }),
        (rows) => {
          const l = rows.map(([y]) => (y ? 1 : 0))
          const a = rows.map(([, s]) => s)
          const b = rows.map(([, , s]) => s)
          const idl = l.map((_, i) => `${i}`)
          const ab = worseningIntervals(
            summarizePredictions({ settings: binary, candidate: { ids: idl, labels: l, values: a }, baseline: b }),
          )
          const ba = worseningIntervals(
            summarizePredictions({ settings: binary, candidate: { ids: idl, labels: l, values: b }, baseline: a }),
          )
          // DeLong's interval is symmetric in the two models; the bootstrap's is too with the same seed.
          const x = ab.get('roc_auc')
          const y = ba.get('roc_auc')
          if (x && y) {
            expect(x.interval[0]).toBeCloseTo(-y.interval[1], 9)
            expect(x.interval[1]).toBeCloseTo(-y.interval[0], 9)
          }
        },
      ),
      { numRuns: 100 },
    )
  })
})

describe('withComputed', () => {
  test('sets the computed values with n and direction, replacing the file value, leaving the input alone', () => {
    const file: Metrics = new Map([
      ['recall', { value: 0.9 }],
      ['latency_ms', { value: 12 }],
    ])
    const out = withComputed(file, { recall: 0.8, mae: 0.1 }, 400)
    expect(out.get('recall')).toEqual({ value: 0.8, n: 400, better: 'higher' })
    expect(out.get('mae')).toEqual({ value: 0.1, n: 400, better: 'lower' })
    expect(out.get('latency_ms')).toEqual({ value: 12 })
    expect(file.get('recall')).toEqual({ value: 0.9 })
    expect(withComputed(undefined, { f1: 0.5 }, 2).get('f1')?.value).toBe(0.5)
  })
})

describe('consistencyChecks', () => {
  const summary = summarizePredictions({ settings: binary, candidate: { ids, labels, values: cand } })
  test.each([
    ['exactly equal', 0.5, 'pass'],
    ['within 1e-6', 0.5 + CONSISTENCY_TOLERANCE * 0.9, 'pass'],
    ['beyond 1e-6', 0.5 + CONSISTENCY_TOLERANCE * 1.5, 'fail'],
    ['clearly different', 0.91, 'fail'],
  ])('recall reported %s: %s', (_, reported, status) => {
    const [check] = consistencyChecks(summary, new Map([['recall', { value: reported }]]), 'eval/metrics.json')
    expect(check).toMatchObject({
      id: 'predictions:recall:consistent',
      ruleKey: 'consistent',
      metric: 'recall',
      status,
      severity: 'block',
      candidate: reported,
      limit: 0.5,
      location: { file: 'eval/metrics.json' },
    })
    if (status === 'fail') {
      expect(check?.message).toMatch(/eval\/metrics\.json reports .* but its predictions in eval\/p\.csv give 0\.5 \(4 examples\)/)
      expect(check?.fix).toMatch(/compute recall from the predictions/)
    }
  })

  test('names the file does not report, or reports as non-numbers, are not checked', () => {
    const checks = consistencyChecks(
      summary,
      new Map([
        ['test.recall', { value: 0.1 }],
        ['f1', { value: 'n/a' }],
      ]),
      'm.json',
    )
    expect(checks).toEqual([])
  })
})

describe('consistencyTolerance: 1e-6, or the rounding of a value written to 3–5 decimals', () => {
  test.each([
    // [reported, computed, agrees]
    [0.811, 163 / 201, true], // round(0.81095, 3): the example's recall
    [0.8446, 0.844559585492228, true], // round(f1, 4)
    [0.811, 0.8104, false], // beyond half a unit of the third decimal
    [0.5, 0.5004, false], // one decimal: could be exact, held to 1e-6
    [0.25, 0.2504, false], // two decimals: held to 1e-6
    [0.8109452736318408, 163 / 201, true], // full precision
    [0.8109462736318408, 163 / 201, false], // full precision, 1e-6 away
  ])('%s against %s: %s', (reported, computed, agrees) => {
    expect(Math.abs(reported - computed) <= consistencyTolerance(reported)).toBe(agrees)
  })
})
