import fc from 'fast-check'
import {
  cellIndex,
  pairedBootstrap,
  pairedCells,
  quantileSorted,
  sideConfusion,
  swapCells,
} from '../../../src/core/predictions/bootstrap.js'
import { confusion } from '../../../src/core/predictions/metrics.js'
import { binomial, logGamma, multinomial, Xoshiro128 } from '../../../src/core/predictions/random.js'

describe('generator and samplers', () => {
  test('xoshiro128** is deterministic by seed, uniform in [0, 1)', () => {
    const a = new Xoshiro128(7)
    const b = new Xoshiro128(7)
    const c = new Xoshiro128(8)
    const xs = Array.from({ length: 5 }, () => a.nextDouble())
    expect(Array.from({ length: 5 }, () => b.nextDouble())).toEqual(xs)
    expect(Array.from({ length: 5 }, () => c.nextDouble())).not.toEqual(xs)
    const r = new Xoshiro128(1)
    let sum = 0
    let outside = 0
    for (let i = 0; i < 100_000; i++) {
      const u = r.nextDouble()
      if (!(u >= 0 && u < 1)) outside++
      sum += u
    }
    expect(outside).toBe(0)
    expect(sum / 100_000).toBeCloseTo(0.5, 2)
  })

  test('logGamma matches factorials', () => {
    expect(logGamma(1)).toBeCloseTo(0, 12)
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 12)
    expect(logGamma(21)).toBeCloseTo(Math.log(2432902008176640000), 12)
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 12)
  })

  test.each([
    [10, 0.3],
    [1000, 0.02],
    [1_000_000, 0.4],
  ])('binomial(%d, %d): mean and variance of 4000 draws', (n, p) => {
    const rng = new Xoshiro128(3)
    let s = 0
    let s2 = 0
    const k = 4000
    for (let i = 0; i < k; i++) {
      const x = binomial(rng, n, p)
      expect(Number.isInteger(x) && x >= 0 && x <= n).toBe(true)
      s += x
      s2 += x * x
    }
    const mean = s / k
    const variance = s2 / k - mean * mean
    const sd = Math.sqrt(n * p * (1 - p))
    expect(Math.abs(mean - n * p)).toBeLessThan((5 * sd) / Math.sqrt(k))
    expect(variance / (sd * sd)).toBeGreaterThan(0.85)
    expect(variance / (sd * sd)).toBeLessThan(1.15)
  })

  test('binomial of n = 5, p = ½ has the exact frequencies (chi-square)', () => {
    const rng = new Xoshiro128(11)
    const counts = [0, 0, 0, 0, 0, 0]
    const k = 32_000
    for (let i = 0; i < k; i++) counts[binomial(rng, 5, 0.5)]! += 1
    const expected = [1, 5, 10, 10, 5, 1].map((c) => (c / 32) * k)
    const chi = counts.reduce((acc, c, i) => acc + (c - expected[i]!) ** 2 / expected[i]!, 0)
    expect(chi).toBeLessThan(20.5) // chi-square, 5 df, p = 0.001
  })

  test('multinomial keeps the total and empty cells empty', () => {
    const rng = new Xoshiro128(5)
    const out = new Float64Array(4)
    for (let i = 0; i < 100; i++) {
      multinomial(rng, 1000, [0.5, 0, 0.5, 0], out)
      expect(out[0]! + out[2]!).toBe(1000)
      expect(out[1]).toBe(0)
      expect(out[3]).toBe(0)
    }
  })
})

describe('paired cells', () => {
  const labels = [1, 1, 0, 0, 1, 0]
  const cand = [0.9, 0.2, 0.5, 0.1, 0.5, 0.7]
  const base = [0.6, 0.6, 0.1, 0.1, 0.2, 0.9]

  test('cells give each side its confusion matrix', () => {
    const cells = pairedCells(labels, cand, base, 0.5)
    expect(cells[cellIndex(1, true, true)]).toBe(1)
    expect(cells[cellIndex(1, true, false)]).toBe(1)
    expect(cells[cellIndex(1, false, true)]).toBe(1)
    expect(sideConfusion(cells, 1)).toEqual(confusion(labels, cand, 0.5))
    expect(sideConfusion(cells, 2)).toEqual(confusion(labels, base, 0.5))
    expect(swapCells(cells)).toEqual(pairedCells(labels, base, cand, 0.5))
  })

  test('quantile is numpy type 7', () => {
    const s = Float64Array.from([1, 2, 3, 4])
    expect(quantileSorted(s, 0)).toBe(1)
    expect(quantileSorted(s, 0.5)).toBe(2.5)
    expect(quantileSorted(s, 0.9)).toBeCloseTo(3.7, 14)
    expect(quantileSorted(s, 1)).toBe(4)
  })
})

const cellsArb = fc.array(fc.nat(300), { minLength: 8, maxLength: 8 }).map((a) => Float64Array.from(a))

describe('paired bootstrap', () => {
  test('a clear accuracy drop gives an interval below 0 containing the estimate', () => {
    // 1000 positives: baseline right on 900, candidate on 800 (150 broken, 50 fixed)
    const cells = new Float64Array(8)
    cells[cellIndex(1, true, true)] = 750
    cells[cellIndex(1, true, false)] = 150
    cells[cellIndex(1, false, true)] = 50
    cells[cellIndex(1, false, false)] = 50
    const r = pairedBootstrap(cells, { confidence: 0.95, seed: 42 })
    expect(r.accuracy.estimate).toBeCloseTo(-0.1, 14)
    expect(r.accuracy.interval[1]).toBeLessThan(0)
    expect(r.accuracy.interval[0]).toBeLessThan(-0.1)
    // the normal approximation of the paired difference: sd = √((b + c) − (b − c)²/n)/n ≈ 0.0141
    expect(r.accuracy.interval[1] - r.accuracy.interval[0]).toBeCloseTo(2 * 1.96 * 0.01414, 2)
    expect(r.recall.estimate).toBeCloseTo(-0.1, 14)
    expect(r.precision).toMatchObject({ estimate: 0, interval: [0, 0] }) // no negatives at all
  })

  test('property: identical predictions never fail (every interval is [0, 0])', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(500), { minLength: 4, maxLength: 4 }), fc.integer(), (d, seed) => {
        const cells = new Float64Array(8)
        cells[cellIndex(0, false, false)] = d[0]!
        cells[cellIndex(0, true, true)] = d[1]!
        cells[cellIndex(1, false, false)] = d[2]!
        cells[cellIndex(1, true, true)] = d[3]!
        const r = pairedBootstrap(cells, { confidence: 0.9, seed, replicates: 200 })
        for (const m of Object.values(r)) expect(m).toMatchObject({ estimate: 0, interval: [0, 0] })
      }),
    )
  })

  test('property: swapping candidate and baseline mirrors every interval exactly', () => {
    fc.assert(
      fc.property(cellsArb, fc.integer(), (cells, seed) => {
        const a = pairedBootstrap(cells, { confidence: 0.95, seed, replicates: 200 })
        const b = pairedBootstrap(swapCells(cells), { confidence: 0.95, seed, replicates: 200 })
        for (const m of ['accuracy', 'precision', 'recall', 'f1'] as const) {
          expect(b[m].estimate).toBe(-a[m].estimate + 0)
          expect(b[m].interval).toEqual([-a[m].interval[1] + 0, -a[m].interval[0] + 0])
        }
      }),
    )
  })

  test('property: symmetric cells give symmetric intervals', () => {
    fc.assert(
      fc.property(cellsArb, fc.integer(), (cells, seed) => {
        cells[cellIndex(0, true, false)] = cells[cellIndex(0, false, true)]!
        cells[cellIndex(1, true, false)] = cells[cellIndex(1, false, true)]!
        const r = pairedBootstrap(cells, { confidence: 0.95, seed, replicates: 101 })
        expect(r.f1.interval[0]).toBe(-r.f1.interval[1] + 0)
      }),
    )
  })

  test('property: reproducible with its seed; another seed differs on a noisy case', () => {
    fc.assert(
      fc.property(cellsArb, fc.integer(), (cells, seed) => {
        const a = pairedBootstrap(cells, { confidence: 0.9, seed, replicates: 100 })
        expect(pairedBootstrap(cells, { confidence: 0.9, seed, replicates: 100 })).toEqual(a)
      }),
    )
    const cells = Float64Array.from([300, 40, 35, 200, 180, 30, 45, 250])
    const a = pairedBootstrap(cells, { confidence: 0.9, seed: 1 })
    const b = pairedBootstrap(cells, { confidence: 0.9, seed: 2 })
    expect(a.accuracy.interval).not.toEqual(b.accuracy.interval)
    expect(a.accuracy.seed).toBe(1)
    expect(a.accuracy.replicates).toBe(2000)
  })

  test('no examples: intervals [0, 0]', () => {
    const r = pairedBootstrap(new Float64Array(8), { confidence: 0.95 })
    expect(r.f1).toMatchObject({ estimate: 0, interval: [0, 0] })
  })
})
