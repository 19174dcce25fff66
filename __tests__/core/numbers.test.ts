import fc from 'fast-check'
import { atLeast, atMost, exceeds, formatDistinct, formatNumber, formatPercent, isFiniteNumber } from '../../src/core/numbers.js'

describe('isFiniteNumber', () => {
  test.each<[unknown, boolean]>([
    [0, true],
    [-1.5, true],
    [1e300, true],
    [NaN, false],
    [Infinity, false],
    [-Infinity, false],
    ['0.9', false],
    [null, false],
    [true, false],
    [undefined, false],
  ])('%p → %s', (v, expected) => {
    expect(isFiniteNumber(v)).toBe(expected)
  })
})

describe('comparisons ignore binary floating-point rounding but not real differences', () => {
  test.each<[string, number, number, boolean, boolean]>([
    // [case, a, b, atMost(a, b), atLeast(a, b)]
    ['equal', 0.9, 0.9, true, true],
    ['a above b by rounding only (0.915 - 0.905 vs 0.01)', 0.915 - 0.905, 0.01, true, true],
    ['a below b by rounding only (0.01 vs 0.915 - 0.905)', 0.01, 0.915 - 0.905, true, true],
    ['a clearly above b', 0.011, 0.01, false, true],
    ['a clearly below b', 0.009, 0.01, true, false],
  ])('%s', (_name, a, b, most, least) => {
    expect(atMost(a, b, 0.915, 0.905)).toBe(most)
    expect(atLeast(a, b, 0.915, 0.905)).toBe(least)
  })

  test('0.1 + 0.2 is at most 0.3 and at least 0.3', () => {
    expect(atMost(0.1 + 0.2, 0.3)).toBe(true)
    expect(atLeast(0.3, 0.1 + 0.2)).toBe(true)
  })

  test('the tolerance is relative: tiny-scale metrics still compare at their own scale', () => {
    expect(atMost(2e-12, 1e-12)).toBe(false)
    expect(atLeast(1e-12, 2e-12)).toBe(false)
  })

  test('the tolerance is relative: large integers one apart still differ', () => {
    expect(atMost(1_000_001, 1_000_000)).toBe(false)
  })

  test('exceeds is strict beyond rounding', () => {
    expect(exceeds(0.3, 0.1 + 0.2)).toBe(false)
    expect(exceeds(0.31, 0.3)).toBe(true)
    expect(exceeds(0, 0)).toBe(false)
    expect(exceeds(1e-300, 0)).toBe(true)
  })
})

describe('formatNumber: compact, at most ~6 significant digits, no float noise', () => {
  test.each<[number, string]>([
    [0.9, '0.9'],
    [0.30000000000000004, '0.3'],
    [0.010000000000000009, '0.01'],
    [120, '120'],
    [1234567, '1234567'],
    [0.8423456789, '0.842346'],
    [-0.031, '-0.031'],
    [NaN, 'NaN'],
  ])('%p → %s', (v, text) => {
    expect(formatNumber(v)).toBe(text)
  })

  test('formatDistinct adds digits so different values never read the same', () => {
    expect(formatDistinct(0.8999999, 0.9)).toEqual(['0.8999999', '0.9'])
    expect(formatDistinct(0.811, 0.8)).toEqual(['0.811', '0.8'])
    expect(formatDistinct(0.9, 0.9)).toEqual(['0.9', '0.9'])
  })

  test.each<[number, string]>([
    [3.681710213776722, '3.7%'],
    [26.829268292682926, '27%'],
    [0.21, '0.21%'],
    [150.4, '150%'],
  ])('formatPercent(%p) → %s', (p, text) => {
    expect(formatPercent(p)).toBe(text)
  })
})

describe('formatNumber: the shortcut for short values equals rounding with toPrecision', () => {
  const reference = (v: number, digits: number): string =>
    !Number.isFinite(v) || (Number.isInteger(v) && Math.abs(v) < 1e15) ? String(v) : String(Number(v.toPrecision(digits)))
  const short = fc
    .tuple(fc.integer({ min: -99_999_999, max: 99_999_999 }), fc.integer({ min: -25, max: 25 }))
    .map(([m, e]) => Number(`${m}e${e}`))
  test.each([1, 2, 4, 6, 12, 15, 16, 17])('%d digits, on any double and on short decimals', (digits) => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), short), (v) => {
        expect(formatNumber(v, digits)).toBe(reference(v, digits))
      }),
      { numRuns: 5000 },
    )
  })

  test.each<[number, number, string]>([
    [0.8823, 6, '0.8823'],
    [0.0012, 1, '0.001'],
    [1.5e-7, 2, '1.5e-7'],
    [1.25e-7, 2, '1.2e-7'],
    [120.5, 3, '121'],
    [-0.000123456789, 4, '-0.0001235'],
    [1e21, 6, '1e+21'],
    [1234567890123456, 6, '1234570000000000'],
  ])('%d to %d digits is %s', (v, digits, text) => {
    expect(formatNumber(v, digits)).toBe(text)
  })
})

/** The spellings before issue 13's rewrite, without the arrays: the rewrite must answer as they do. */
const reference = {
  tolerance: (...m: number[]): number => 1e-9 * Math.max(0, ...m.map(Math.abs)),
  formatDistinct(a: number, b: number): [string, string] {
    for (let digits = 6; digits < 17; digits++) {
      const pair: [string, string] = [formatNumber(a, digits), formatNumber(b, digits)]
      if (a === b || pair[0] !== pair[1]) return pair
    }
    return [formatNumber(a, 17), formatNumber(b, 17)]
  },
}

describe('comparisons and number words without temporary arrays', () => {
  const number = fc.oneof(
    fc.double(),
    fc.double({ min: -2, max: 2 }),
    fc.constantFrom(0, -0, 0.1, 0.2, 0.30000000000000004, 0.9, 0.8999999999, NaN, Infinity, -Infinity),
  )
  test('atMost, atLeast and exceeds use the tolerance of all their values', () => {
    fc.assert(
      fc.property(number, number, fc.array(number, { maxLength: 3 }), (a, b, context) => {
        const slack = reference.tolerance(a, b, ...context)
        expect(atMost(a, b, ...context)).toBe(a <= b + slack)
        expect(atLeast(a, b, ...context)).toBe(a >= b - slack)
        expect(exceeds(a, b, ...context)).toBe(a > b + slack)
      }),
      { numRuns: 5000 },
    )
  })

  test('formatDistinct as the loop over pairs', () => {
    const near = fc.tuple(number, fc.integer({ min: -3, max: 3 })).map(([x, ulps]) => [x, x + ulps * Number.EPSILON * Math.abs(x)])
    fc.assert(
      fc.property(fc.oneof(fc.tuple(number, number), near), ([a, b]) => {
        expect(formatDistinct(a as number, b as number)).toEqual(reference.formatDistinct(a as number, b as number))
      }),
      { numRuns: 5000 },
    )
  })
})
