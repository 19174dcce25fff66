import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import {
  decideBaselineRule,
  decideMaxImprovement,
  decideMaxRegression,
  decideMinImprovement,
  newcombeInterval,
  normalInterval,
  stderrFromCi,
  waldInterval,
  wilsonInterval,
  worseningInterval,
} from '../../../src/core/stats/intervals.js'
import type { Decision, Interval, RuleAmount, SideStatistics } from '../../../src/core/stats/intervals.js'

// Wilson, Newcombe and Wald intervals written out with numpy/scipy; see make-intervals.py.
const fixture = JSON.parse(readFileSync(new URL('../../fixtures/stats/intervals.json', import.meta.url), 'utf8')) as {
  proportions: {
    confidence: number
    p1: number
    n1: number
    p2: number
    n2: number
    wilson1: Interval
    newcombe: Interval
    wald: Interval
  }[]
  normal: {
    estimate: number
    se1: number
    se2: number
    confidence: number
    interval: Interval
    p_value: number
  }[]
}

function expectInterval(actual: Interval, expected: Interval, digits: number): void {
  expect(actual[0]).toBeCloseTo(expected[0], digits)
  expect(actual[1]).toBeCloseTo(expected[1], digits)
}

describe("Newcombe's hybrid score interval (method 10) reproduces Newcombe 1998, Table II", () => {
  // Newcombe RG (1998), Interval estimation for the difference between independent proportions:
  // comparison of eleven methods. Statistics in Medicine 17:873–890, Table II, 95% intervals for
  // p1 − p2, method 10 and (for comparison) method 1, the Wald interval, to 4 decimals. The
  // worked example (a) is given in the text too; (b) is also checked by R's propint tests.
  test.each<[string, number, number, number, number, Interval, Interval | null]>([
    ['(a) 56/70 − 48/80', 56, 70, 48, 80, [0.0524, 0.3339], [0.0575, 0.3425]],
    ['(b) 9/10 − 3/10', 9, 10, 3, 10, [0.1705, 0.809], [0.2605, 0.9395]],
    ['(c) 6/7 − 2/7', 6, 7, 2, 7, [0.0582, 0.8062], [0.1481, 0.9947]],
    ['(d) 5/56 − 0/29', 5, 56, 0, 29, [-0.0381, 0.1926], [0.0146, 0.164]],
    ['(e) 0/10 − 0/20', 0, 10, 0, 20, [-0.1611, 0.2775], [0, 0]],
    ['(f) 0/10 − 0/10', 0, 10, 0, 10, [-0.2775, 0.2775], [0, 0]],
    ['(g) 10/10 − 0/20', 10, 10, 0, 20, [0.6791, 1], [1, 1]],
    ['(h) 10/10 − 0/10', 10, 10, 0, 10, [0.6075, 1], [1, 1]],
  ])('%s', (_name, r1, n1, r2, n2, newcombe, wald) => {
    expectInterval(newcombeInterval(r1 / n1, n1, r2 / n2, n2, 0.95), newcombe, 4)
    if (wald) expectInterval(waldInterval(r1 / n1, n1, r2 / n2, n2, 0.95), wald, 4)
  })

  test('against the numpy/scipy computation of the same definitions (11 cited and 30 random cases × 3 levels)', () => {
    expect(fixture.proportions.length).toBe(123)
    for (const c of fixture.proportions) {
      const z = c.confidence === 0.95 ? 1.959963984540054 : undefined
      if (z) expectInterval(wilsonInterval(c.p1, c.n1, z), c.wilson1, 12)
      expectInterval(newcombeInterval(c.p1, c.n1, c.p2, c.n2, c.confidence), c.newcombe, 12)
      expectInterval(waldInterval(c.p1, c.n1, c.p2, c.n2, c.confidence), c.wald, 12)
    }
  })
})

describe('normal interval from standard errors', () => {
  test.each(fixture.normal)('$estimate ± z·√($se1² + $se2²) at $confidence', (c) => {
    expectInterval(normalInterval(c.estimate, c.se1, c.se2, c.confidence), c.interval, 12)
  })

  test('stderr from a ci: (hi − lo)/2z, so a 95% ci of ±1.96 is se 1', () => {
    expect(stderrFromCi([-1.959963984540054, 1.959963984540054], 0.95)).toBeCloseTo(1, 14)
    expect(stderrFromCi([0.8, 0.9], 0.9)).toBeCloseTo(0.1 / (2 * 1.6448536269514722), 14)
  })
})

describe('worseningInterval: which method applies, and the interval for w', () => {
  const p = (value: number, n: number): SideStatistics => ({ value, n })

  test('proportions on both sides: Newcombe, oriented as w (higher is better: w = b − c)', () => {
    // Baseline 56/70, candidate 48/80: w = 0.8 − 0.6, the paper's example (a).
    const result = worseningInterval(p(0.8, 70), p(0.6, 80), 'higher', 0.95)
    expect(result).toMatchObject({ ok: true, statistics: { method: 'newcombe', confidence: 0.95 } })
    if (result.ok) expectInterval(result.statistics.interval, [0.0524, 0.3339], 4)
    expect(result.ok ? result.statistics.p_value : 'no interval').toBeUndefined()
  })

  test('lower is better: w = c − b, the same interval for the swapped pair', () => {
    const result = worseningInterval(p(0.6, 80), p(0.8, 70), 'lower', 0.95)
    if (!result.ok) throw new Error(result.reason)
    expectInterval(result.statistics.interval, [0.0524, 0.3339], 4)
    const improved = worseningInterval(p(0.8, 70), p(0.6, 80), 'lower', 0.95)
    if (!improved.ok) throw new Error(improved.reason)
    expectInterval(improved.statistics.interval, [-0.3339, -0.0524], 4)
  })

  test('stderr on both sides: normal, with a two-sided p-value of w = 0', () => {
    const ref = fixture.normal[0] as (typeof fixture.normal)[number]
    // w = b − c = 0.031 with se_b = 0.01, se_c = 0.012.
    const result = worseningInterval({ value: 0.9, stderr: 0.01 }, { value: 0.869, stderr: 0.012 }, 'higher', 0.95)
    if (!result.ok) throw new Error(result.reason)
    expect(result.statistics.method).toBe('normal')
    expectInterval(result.statistics.interval, ref.interval, 12)
    expect(result.statistics.p_value).toBeCloseTo(ref.p_value, 12)
    expect(result.statistics.note).toBeUndefined()
  })

  test('an explicit stderr wins over reading a [0, 1] value with n as a proportion', () => {
    const result = worseningInterval({ value: 0.9, n: 100, stderr: 0.01 }, { value: 0.88, n: 100, stderr: 0.01 }, 'higher', 0.95)
    expect(result).toMatchObject({ ok: true, statistics: { method: 'normal' } })
  })

  test('ci only: se = (hi − lo)/2z, noted', () => {
    const result = worseningInterval({ value: 10, ci: [8, 12] }, { value: 11, ci: [9, 13] }, 'lower', 0.95)
    if (!result.ok) throw new Error(result.reason)
    // se = 4 / (2 · 1.96) on both sides: w = 1 ± 1.96 · √2 · 2/1.96 = 1 ± 2√2.
    expectInterval(result.statistics.interval, [1 - 2 * Math.SQRT2, 1 + 2 * Math.SQRT2], 12)
    expect(result.statistics.note).toMatch(/derived from its ci/)
  })

  test('stderr on one side only: the other is taken equal, noted', () => {
    const result = worseningInterval({ value: 100 }, { value: 103, stderr: 1 }, 'lower', 0.95)
    if (!result.ok) throw new Error(result.reason)
    expectInterval(result.statistics.interval, [3 - 1.959963984540054 * Math.SQRT2, 3 + 1.959963984540054 * Math.SQRT2], 12)
    expect(result.statistics.note).toMatch(/baseline has no n, stderr or ci/)
  })

  test('stderr on one side, a proportion on the other: binomial se for that side', () => {
    const result = worseningInterval({ value: 0.5, n: 100 }, { value: 0.5, stderr: 0.05 }, 'higher', 0.95)
    if (!result.ok) throw new Error(result.reason)
    const half = 1.959963984540054 * Math.hypot(0.05, 0.05)
    expectInterval(result.statistics.interval, [-half, half], 12)
    expect(result.statistics.note).toMatch(/√\(p\(1 − p\)\/n\)/)
  })

  test.each<[string, SideStatistics, SideStatistics, number, RegExp]>([
    ['nothing to go on', { value: 0.9 }, { value: 0.8 }, 0.95, /neither side has n, stderr or ci/],
    ['n without a proportion on both sides', { value: 12, n: 100 }, { value: 13, n: 100 }, 0.95, /neither side/],
    ['bad n', { value: 0.9, n: 0 }, { value: 0.8, n: 10 }, 0.95, /baseline n is 0, not a positive count/],
    ['bad stderr', { value: 0.9 }, { value: 0.8, stderr: -1 }, 0.95, /candidate stderr is -1/],
    ['bad ci', { value: 0.9, ci: [0.95, 0.85] }, { value: 0.8 }, 0.95, /baseline ci .* not an interval/],
    ['bad value', { value: NaN, n: 10 }, { value: 0.8, n: 10 }, 0.95, /baseline value is not a finite number/],
    ['bad confidence', { value: 0.9, n: 10 }, { value: 0.8, n: 10 }, 1, /confidence 1 is not between 0 and 1/],
  ])('no interval: %s', (_name, baseline, candidate, confidence, reason) => {
    expect(worseningInterval(baseline, candidate, 'higher', confidence)).toEqual({
      ok: false,
      reason: expect.stringMatching(reason),
    })
  })
})

describe('decisions: pass when the whole interval is within the tolerance, fail when beyond', () => {
  test.each<[string, Interval, number, Decision]>([
    ['max_regression: all below', [-0.02, 0.004], 0.005, 'pass'],
    ['max_regression: upper bound exactly at the limit', [-0.02, 0.005], 0.005, 'pass'],
    ['max_regression: straddles', [-0.02, 0.03], 0.005, 'inconclusive'],
    ['max_regression: all beyond', [0.006, 0.03], 0.005, 'fail'],
    ['max_regression: lower bound exactly at the limit', [0.005, 0.03], 0.005, 'inconclusive'],
    ['max_regression: rounding noise at the limit (0.915 − 0.905)', [0, 0.915 - 0.905], 0.01, 'pass'],
    ['max_regression: point interval within', [0.003, 0.003], 0.005, 'pass'],
    ['max_regression: point interval beyond', [0.006, 0.006], 0.005, 'fail'],
  ])('%s', (_name, interval, limit, expected) => {
    expect(decideMaxRegression(interval, limit)).toBe(expected)
  })

  test.each<[string, Interval, number, boolean, Decision]>([
    ['min_improvement 0.01: gain at least 0.02 for sure', [-0.05, -0.02], 0.01, false, 'pass'],
    ['min_improvement 0.01: gain between 0 and 0.05', [-0.05, 0], 0.01, false, 'inconclusive'],
    ['min_improvement 0.01: gain below 0.005 for sure', [-0.005, 0.02], 0.01, false, 'fail'],
    ['min_improvement, relative against 0: gain > 0 for sure', [-0.05, -0.001], 0, true, 'pass'],
    ['min_improvement, relative against 0: no gain for sure', [0, 0.01], 0, true, 'fail'],
    ['min_improvement, relative against 0: straddles 0', [-0.01, 0.01], 0, true, 'inconclusive'],
  ])('%s', (_name, interval, required, strict, expected) => {
    expect(decideMinImprovement(interval, required, strict)).toBe(expected)
  })

  test.each<[string, Interval, number, Decision]>([
    ['max_improvement 0.1: gain at most 0.05', [-0.05, 0.02], 0.1, 'pass'],
    ['max_improvement 0.1: gain between 0.05 and 0.2', [-0.2, -0.05], 0.1, 'inconclusive'],
    ['max_improvement 0.1: gain above 0.15 for sure', [-0.3, -0.15], 0.1, 'fail'],
  ])('%s', (_name, interval, allowed, expected) => {
    expect(decideMaxImprovement(interval, allowed)).toBe(expected)
  })
})

describe('properties', () => {
  const proportion = fc.double({ min: 0, max: 1, noNaN: true })
  const size = fc.integer({ min: 1, max: 100000 })
  const confidence = fc.constantFrom(0.8, 0.9, 0.95, 0.99)
  const better = fc.constantFrom('higher' as const, 'lower' as const)
  const width = ([lo, hi]: Interval): number => hi - lo

  test('a larger n never widens an interval (Newcombe and Wilson)', () => {
    fc.assert(
      fc.property(proportion, proportion, size, size, size, size, confidence, (pb, pc, nb, nc, kb, kc, conf) => {
        const small = newcombeInterval(pb, nb, pc, nc, conf)
        const large = newcombeInterval(pb, nb + kb, pc, nc + kc, conf)
        expect(width(large)).toBeLessThanOrEqual(width(small) + 1e-12)
        expect(width(wilsonInterval(pb, nb + kb, 1.96))).toBeLessThanOrEqual(width(wilsonInterval(pb, nb, 1.96)) + 1e-12)
      }),
      { numRuns: 2000 },
    )
  })

  const side: fc.Arbitrary<SideStatistics> = fc
    .record({
      value: fc.oneof(proportion, fc.double({ min: -1e6, max: 1e6, noNaN: true })),
      n: fc.option(size, { nil: undefined }),
      stderr: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: undefined }),
      halfWidth: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: undefined }),
    })
    .map(({ value, n, stderr, halfWidth }) => ({
      value,
      ...(n === undefined ? {} : { n }),
      ...(stderr === undefined ? {} : { stderr }),
      ...(halfWidth === undefined ? {} : { ci: [value - halfWidth, value + halfWidth] as [number, number] }),
    }))

  test('identical candidate and baseline never fail max_regression or max_improvement', () => {
    fc.assert(
      fc.property(side, better, confidence, fc.double({ min: 0, max: 1e3, noNaN: true }), (s, b, conf, tolerance) => {
        const result = worseningInterval(s, s, b, conf)
        if (!result.ok) return
        const [lo, hi] = result.statistics.interval
        expect(lo).toBeLessThanOrEqual(0)
        expect(hi).toBeGreaterThanOrEqual(0)
        expect(decideMaxRegression(result.statistics.interval, tolerance)).not.toBe('fail')
        expect(decideMaxImprovement(result.statistics.interval, tolerance)).not.toBe('fail')
        if (result.statistics.p_value !== undefined) expect(result.statistics.p_value).toBe(1)
      }),
      { numRuns: 2000 },
    )
  })

  const rank: Record<Decision, number> = { pass: 0, inconclusive: 1, fail: 2 }
  const interval = fc
    .tuple(fc.double({ min: -10, max: 10, noNaN: true }), fc.double({ min: 0, max: 10, noNaN: true }))
    .map(([lo, w]): Interval => [lo, lo + w])
  const limit = fc.double({ min: -10, max: 10, noNaN: true })

  test('tightening a tolerance never turns fail into pass (nor any decision into a better one)', () => {
    fc.assert(
      fc.property(interval, limit, limit, (i, a, b) => {
        const [loose, tight] = a >= b ? [a, b] : [b, a]
        // max_regression and max_improvement: a smaller allowance is tighter.
        expect(rank[decideMaxRegression(i, tight)]).toBeGreaterThanOrEqual(rank[decideMaxRegression(i, loose)])
        expect(rank[decideMaxImprovement(i, tight)]).toBeGreaterThanOrEqual(rank[decideMaxImprovement(i, loose)])
        // min_improvement: a larger required gain is tighter.
        expect(rank[decideMinImprovement(i, loose)]).toBeGreaterThanOrEqual(rank[decideMinImprovement(i, tight)])
      }),
      { numRuns: 2000 },
    )
  })

  test('a point interval decides like the point rule: never inconclusive', () => {
    fc.assert(
      fc.property(limit, limit, (w, t) => {
        expect(decideMaxRegression([w, w], t)).toBe(w <= t + 1e-9 * Math.max(Math.abs(w), Math.abs(t)) ? 'pass' : 'fail')
        expect(decideMinImprovement([w, w], t)).not.toBe('inconclusive')
        expect(decideMaxImprovement([w, w], t)).not.toBe('inconclusive')
      }),
    )
  })
})

describe('decideBaselineRule resolves amounts like the point rules', () => {
  test.each<[string, Interval, RuleAmount, number, Decision]>([
    ['max_regression 5% of 212,400 = 10,620: w up to 9,000', [-3000, 9000], { kind: 'relative', percent: 5 }, 212400, 'pass'],
    ['max_regression 5% of 212,400: w from 11,000', [11000, 20000], { kind: 'relative', percent: 5 }, 212400, 'fail'],
    ['max_regression 5% of a negative baseline uses |b|', [0, 0.04], { kind: 'relative', percent: 5 }, -1, 'pass'],
    ['max_regression relative against 0: no worsening', [0.001, 0.01], { kind: 'relative', percent: 5 }, 0, 'fail'],
    ['min_improvement relative against 0: a gain for sure', [-0.01, -0.001], { kind: 'relative', percent: 5 }, 0, 'pass'],
    ['min_improvement absolute 0.01: gain 0 to 0.05', [-0.05, 0], { kind: 'absolute', value: 0.01 }, 0.8, 'inconclusive'],
    ['max_improvement 10% of 0.5 = 0.05: gain ≥ 0.1 for sure', [-0.2, -0.1], { kind: 'relative', percent: 10 }, 0.5, 'fail'],
  ])('%s', (_name, interval, amount, baseline, expected) => {
    const rule = _name.split(' ')[0] as 'max_regression' | 'min_improvement' | 'max_improvement'
    expect(decideBaselineRule(rule, interval, amount, baseline)).toBe(expected)
  })
})
