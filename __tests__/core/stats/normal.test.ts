import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { normalCdf, normalQuantile, zForConfidence } from '../../../src/core/stats/normal.js'

// Reference values from scipy.stats.norm; regenerate with __tests__/fixtures/stats/make-normal.py.
const fixture = JSON.parse(readFileSync(new URL('../../fixtures/stats/normal.json', import.meta.url), 'utf8')) as {
  cdf: [number, number][]
  ppf: [number, number][]
  z_for_confidence: [number, number][]
}

function relativeError(actual: number, expected: number): number {
  if (expected === 0) return Math.abs(actual)
  return Math.abs(actual - expected) / Math.abs(expected)
}

describe('normalCdf (Cody 1969) against scipy.stats.norm.cdf', () => {
  test.each(fixture.cdf)('Φ(%p) = %p', (x, expected) => {
    const actual = normalCdf(x)
    if (expected < 1e-300) expect(actual).toBeLessThan(1e-300)
    // Far out, exp(−x²/2) amplifies the last-bit error of x²/2 by about x²/2.
    else expect(relativeError(actual, expected)).toBeLessThan(Math.abs(x) <= 6 ? 1e-14 : 1e-13)
  })

  test('tails, symmetry and special values', () => {
    expect(normalCdf(0)).toBe(0.5)
    expect(normalCdf(-Infinity)).toBe(0)
    expect(normalCdf(Infinity)).toBe(1)
    expect(normalCdf(NaN)).toBeNaN()
    fc.assert(
      fc.property(fc.double({ min: -8, max: 8, noNaN: true }), (x) => {
        expect(Math.abs(normalCdf(x) + normalCdf(-x) - 1)).toBeLessThan(1e-15)
      }),
    )
  })

  test('monotone', () => {
    fc.assert(
      fc.property(fc.double({ min: -40, max: 40, noNaN: true }), fc.double({ min: -40, max: 40, noNaN: true }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a]
        expect(normalCdf(lo)).toBeLessThanOrEqual(normalCdf(hi))
      }),
    )
  })
})

describe('normalQuantile (Wichura 1988, AS 241 PPND16) against scipy.stats.norm.ppf', () => {
  test.each(fixture.ppf)('Φ⁻¹(%p) = %p', (p, expected) => {
    expect(relativeError(normalQuantile(p), expected)).toBeLessThan(1e-14)
  })

  test.each(fixture.z_for_confidence)('z for confidence %p is %p', (confidence, expected) => {
    expect(relativeError(zForConfidence(confidence), expected)).toBeLessThan(1e-14)
  })

  test('special values', () => {
    expect(normalQuantile(0)).toBe(-Infinity)
    expect(normalQuantile(1)).toBe(Infinity)
    expect(normalQuantile(0.5)).toBe(0)
    for (const p of [-0.1, 1.1, NaN]) expect(normalQuantile(p)).toBeNaN()
  })

  test('inverts normalCdf (lower half: above 0, 1 − Φ loses digits to rounding)', () => {
    fc.assert(
      fc.property(fc.double({ min: -8, max: 0, noNaN: true }), (x) => {
        expect(normalQuantile(normalCdf(x))).toBeCloseTo(x, 9)
      }),
    )
  })
})
