import { binomialHalfCdf, mcnemarExact } from '../../../src/core/predictions/mcnemar.js'
import { close, reference } from './reference.js'

describe("McNemar's exact test", () => {
  // Agresti, An Introduction to Categorical Data Analysis, 2nd ed. (2007), §10.1, Table 10.1:
  // approval of the President's performance in two surveys of the same 1,600 people; discordant
  // cells 150 (approve → disapprove) and 86. Agresti's large-sample z = (86 − 150)/√236 = −4.17,
  // P < 0.0001; the exact binomial p is 3.716e-5 (scipy.stats.binomtest(86, 236, 0.5)).
  test('Agresti (2007) Table 10.1', () => {
    expect(close(mcnemarExact(86, 150), 3.7159361395713866e-5, 1e-9)).toBe(true)
    expect((86 - 150) / Math.sqrt(236)).toBeCloseTo(-4.17, 2)
  })

  test('by hand: 1 vs 9 discordant pairs, p = 2·(C(10,0) + C(10,1))/2¹⁰', () => {
    expect(mcnemarExact(1, 9)).toBeCloseTo(22 / 1024, 15)
  })

  test.each(reference.mcnemar.map((c) => [c.fixed, c.broken, c.p_value]))(
    'fixed %d, broken %d against scipy.stats.binomtest: p = %d',
    (fixed, broken, p) => {
      expect(close(mcnemarExact(fixed, broken), p, 1e-9)).toBe(true)
      expect(mcnemarExact(broken, fixed)).toBe(mcnemarExact(fixed, broken))
    },
  )

  test('no discordant pairs: p = 1; cdf edges', () => {
    expect(mcnemarExact(0, 0)).toBe(1)
    expect(binomialHalfCdf(-1, 4)).toBe(0)
    expect(binomialHalfCdf(4, 4)).toBe(1)
    expect(binomialHalfCdf(0, 3)).toBeCloseTo(0.125, 15)
  })
})
