import { normalQuantile, normalUpperTail, twoSidedP } from '../../../src/core/stats/normal.js'
import { close, reference } from '../predictions/reference.js'

describe('standard normal against scipy.stats.norm', () => {
  test.each(reference.quantiles.map((q) => [q.p, q.z]))('ppf(%d) = %d', (p, z) => {
    expect(close(normalQuantile(p), z, 1e-14)).toBe(true)
  })
  test.each(reference.tails.map((t) => [t.x, t.sf]))('sf(%d) = %d', (x, sf) => {
    expect(Math.abs(normalUpperTail(x) - sf)).toBeLessThanOrEqual(Math.max(1e-15, 1e-12 * sf))
  })
  test('two-sided p and edges', () => {
    expect(twoSidedP(1.959963984540054)).toBeCloseTo(0.05, 14)
    expect(twoSidedP(0)).toBe(1)
    expect(normalQuantile(0)).toBe(-Infinity)
    expect(normalQuantile(1)).toBe(Infinity)
    expect(normalQuantile(1.5)).toBeNaN()
  })
})
