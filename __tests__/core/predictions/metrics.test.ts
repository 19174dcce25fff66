import {
  accuracy,
  binaryMetrics,
  confusion,
  f1,
  mae,
  precision,
  recall,
  regressionMetrics,
  rmse,
  rocAuc,
} from '../../../src/core/predictions/metrics.js'
import { reference } from './reference.js'

describe('binary metrics against scikit-learn definitions (numpy/scipy fixture)', () => {
  test.each(reference.binary.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const conf = confusion(c.labels, c.scores, c.threshold)
    expect(conf).toEqual(c.confusion)
    expect(accuracy(conf)).toBeCloseTo(c.accuracy, 14)
    expect(precision(conf)).toBeCloseTo(c.precision, 14)
    expect(recall(conf)).toBeCloseTo(c.recall, 14)
    expect(f1(conf)).toBeCloseTo(c.f1, 14)
    const auc = rocAuc(c.labels, c.scores)
    if (c.roc_auc === null) expect(auc).toBeUndefined()
    else expect(auc).toBeCloseTo(c.roc_auc, 14)
    const all = binaryMetrics(c.labels, c.scores, c.threshold)
    expect(all.accuracy).toBe(accuracy(conf))
    expect('roc_auc' in all).toBe(c.roc_auc !== null)
  })
})

describe('binary metrics by hand', () => {
  test('a score exactly at the threshold is positive', () => {
    expect(confusion([1, 0], [0.5, 0.5], 0.5)).toEqual({ tp: 1, fp: 1, tn: 0, fn: 0 })
    expect(confusion([1, 0], [0.4999999, 0.4999999], 0.5)).toEqual({ tp: 0, fp: 0, tn: 1, fn: 1 })
  })

  test('undefined cases give 0, like zero_division', () => {
    const none = { tp: 0, fp: 0, tn: 0, fn: 0 }
    expect([accuracy(none), precision(none), recall(none), f1(none)]).toEqual([0, 0, 0, 0])
    expect(precision({ tp: 0, fp: 0, tn: 3, fn: 2 })).toBe(0)
    expect(recall({ tp: 0, fp: 2, tn: 3, fn: 0 })).toBe(0)
  })

  test.each([
    // [labels, scores, auc]: all ties give 0.5; perfect 1; reversed 0; -0 ties with 0
    [[1, 0], [0.3, 0.3], 0.5],
    [[1, 1, 0, 0], [0.9, 0.8, 0.2, 0.1], 1],
    [[1, 1, 0, 0], [0.1, 0.2, 0.8, 0.9], 0],
    [[1, 0, 0], [0.5, 0.5, 0.2], 0.75],
    [[0, 1, 0, 1], [-0, 0, 0, 1], 0.75],
  ])('roc_auc %j %j = %d', (labels, scores, auc) => {
    expect(rocAuc(labels, scores)).toBe(auc)
  })
})

describe('regression metrics', () => {
  test('against numpy', () => {
    for (const c of reference.regression) {
      expect(mae(c.labels, c.candidate)).toBeCloseTo(c.mae.candidate, 12)
      expect(rmse(c.labels, c.baseline)).toBeCloseTo(c.rmse.baseline, 12)
      expect(regressionMetrics(c.labels, c.baseline).mae).toBeCloseTo(c.mae.baseline, 12)
    }
  })

  test('by hand, and zero examples', () => {
    expect(mae([1, 2, 3], [2, 2, 1])).toBe(1)
    expect(rmse([0, 0], [3, 4])).toBeCloseTo(Math.sqrt(12.5), 14)
    expect(regressionMetrics([], [])).toEqual({ mae: 0, rmse: 0 })
  })
})
