import fc from 'fast-check'
import { flips } from '../../../src/core/predictions/flips.js'
import { compareBinary, compareRegression } from '../../../src/core/predictions/paired.js'
import { mcnemarExact } from '../../../src/core/predictions/mcnemar.js'
import { binaryMetrics } from '../../../src/core/predictions/metrics.js'

describe('flips', () => {
  test('fixed and broken at the threshold, first broken ids in order', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f']
    const labels = [1, 1, 0, 0, 1, 0]
    const base = [0.9, 0.9, 0.1, 0.6, 0.2, 0.1]
    const cand = [0.4, 0.5, 0.5, 0.1, 0.6, 0.7]
    // a: right → wrong (broken); b: 0.5 at threshold stays right; c: broken; d: fixed; e: fixed; f: broken
    expect(flips(ids, labels, cand, base, 0.5)).toEqual({ fixed: 2, broken: 3, total: 6, brokenIds: ['a', 'c', 'f'] })
    expect(flips(ids, labels, cand, base, 0.5, 2).brokenIds).toEqual(['a', 'c'])
    expect(flips(ids, labels, base, cand, 0.5)).toMatchObject({ fixed: 3, broken: 2, brokenIds: ['d', 'e'] })
  })
})

const rows = fc
  .array(fc.tuple(fc.boolean(), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })), {
    minLength: 2,
    maxLength: 60,
  })
  .map((r) => ({
    ids: r.map((_, i) => `id${i}`),
    labels: r.map(([y]) => (y ? 1 : 0)),
    cand: r.map(([, a]) => Math.round(a * 10) / 10),
    base: r.map(([, , b]) => Math.round(b * 10) / 10),
  }))

describe('compareBinary', () => {
  test('accuracy carries the McNemar p-value of the flips', () => {
    const r = compareBinary(['1', '2', '3', '4'], [1, 0, 1, 0], [0.9, 0.6, 0.2, 0.1], [0.9, 0.1, 0.8, 0.1], {
      threshold: 0.5,
      confidence: 0.95,
    })
    expect(r.flips).toMatchObject({ fixed: 0, broken: 2 })
    expect(r.intervals.accuracy.p_value).toBe(mcnemarExact(0, 2))
    expect(r.candidate.accuracy).toBe(0.5)
    expect(r.baseline.accuracy).toBe(1)
    expect(r.intervals.roc_auc?.estimate).toBeCloseTo(r.candidate.roc_auc! - r.baseline.roc_auc!, 15)
  })

  test('property: identical predictions never fail (all intervals contain 0, p = 1)', () => {
    fc.assert(
      fc.property(rows, ({ ids, labels, cand }) => {
        const r = compareBinary(ids, labels, cand, cand, { threshold: 0.5, confidence: 0.95, replicates: 100 })
        expect(r.flips).toMatchObject({ fixed: 0, broken: 0 })
        for (const i of Object.values(r.intervals)) {
          expect(i.estimate).toBe(0)
          expect(i.interval[0]).toBeLessThanOrEqual(0)
          expect(i.interval[1]).toBeGreaterThanOrEqual(0)
        }
        expect(r.intervals.accuracy.p_value).toBe(1)
        if (r.intervals.roc_auc) expect(r.intervals.roc_auc.p_value).toBe(1)
      }),
    )
  })

  test('property: swapping candidate and baseline mirrors every interval', () => {
    fc.assert(
      fc.property(rows, fc.integer(), ({ ids, labels, cand, base }, seed) => {
        const o = { threshold: 0.5, confidence: 0.9, replicates: 100, seed }
        const a = compareBinary(ids, labels, cand, base, o)
        const b = compareBinary(ids, labels, base, cand, o)
        for (const m of ['accuracy', 'precision', 'recall', 'f1', 'roc_auc'] as const) {
          const x = a.intervals[m]
          const y = b.intervals[m]
          if (!x || !y) {
            expect(x).toBe(y)
            continue
          }
          expect(y.estimate).toBeCloseTo(-x.estimate, 14)
          expect(y.interval[0]).toBeCloseTo(-x.interval[1], 14)
          expect(y.interval[1]).toBeCloseTo(-x.interval[0], 14)
          expect(y.p_value).toBe(x.p_value)
        }
        expect(b.flips.fixed).toBe(a.flips.broken)
      }),
    )
  })
})

describe('compareRegression', () => {
  test('property: identical predictions give [0, 0]; swapping mirrors', () => {
    const arb = fc.array(
      fc.tuple(
        fc.double({ min: -100, max: 100, noNaN: true }),
        fc.double({ min: -100, max: 100, noNaN: true }),
        fc.double({ min: -100, max: 100, noNaN: true }),
      ),
      { minLength: 1, maxLength: 50 },
    )
    fc.assert(
      fc.property(arb, (r) => {
        const y = r.map((t) => t[0])
        const a = r.map((t) => t[1])
        const b = r.map((t) => t[2])
        const same = compareRegression(y, a, a, 0.95)
        expect(same.intervals.mae.interval).toEqual([0, 0])
        expect(same.intervals.rmse.interval).toEqual([0, 0])
        const x = compareRegression(y, a, b, 0.95).intervals
        const s = compareRegression(y, b, a, 0.95).intervals
        for (const m of ['mae', 'rmse'] as const) {
          const tol = 1e-9 * Math.max(1, Math.abs(x[m].interval[0]), Math.abs(x[m].interval[1]))
          expect(Math.abs(s[m].interval[0] + x[m].interval[1])).toBeLessThanOrEqual(tol)
          expect(Math.abs(s[m].interval[1] + x[m].interval[0])).toBeLessThanOrEqual(tol)
        }
      }),
    )
  })
})

describe('compareBinary metrics equal the single-model functions', () => {
  test('property', () => {
    fc.assert(
      fc.property(rows, ({ ids, labels, cand, base }) => {
        const r = compareBinary(ids, labels, cand, base, { threshold: 0.5, confidence: 0.9, replicates: 10 })
        const single = binaryMetrics(labels, cand, 0.5)
        expect(r.candidate.accuracy).toBe(single.accuracy)
        expect(r.candidate.f1).toBe(single.f1)
        expect(r.baseline.recall).toBe(binaryMetrics(labels, base, 0.5).recall)
        if (single.roc_auc === undefined) expect(r.candidate.roc_auc).toBeUndefined()
        else expect(r.candidate.roc_auc).toBeCloseTo(single.roc_auc, 14)
      }),
    )
  })
})
