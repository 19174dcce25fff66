import fc from 'fast-check'
import type { Amount, Better } from '../../../src/core/types.js'
import { describeChange, describeNonNumber, formatLimit } from '../../../src/core/rules/index.js'
import { formatNumber } from '../../../src/core/numbers.js'
import { MAX } from '../../../src/core/rules/max.js'
import { MAX_IMPROVEMENT } from '../../../src/core/rules/max-improvement.js'
import { MAX_REGRESSION } from '../../../src/core/rules/max-regression.js'
import { MIN } from '../../../src/core/rules/min.js'
import { MIN_IMPROVEMENT } from '../../../src/core/rules/min-improvement.js'

/** The tables read as the rules are written: candidate first, then the limit (and baseline). */
const checkMin = (c: number, x: number) => MIN.check(x, c)
const checkMax = (c: number, x: number) => MAX.check(x, c)
const checkMaxRegression = (c: number, b: number, amount: Amount, better: Better) => MAX_REGRESSION.check(amount, c, b, better)
const checkMinImprovement = (c: number, b: number, amount: Amount, better: Better) => MIN_IMPROVEMENT.check(amount, c, b, better)
const checkMaxImprovement = (c: number, b: number, amount: Amount, better: Better) => MAX_IMPROVEMENT.check(amount, c, b, better)
const minWords = (x: number) => MIN.words(x, 'higher')
const maxWords = (x: number) => MAX.words(x, 'higher')
const maxRegressionWords = (a: Amount, better: Better) => MAX_REGRESSION.words(a, better)
const minImprovementWords = (a: Amount, better: Better) => MIN_IMPROVEMENT.words(a, better)
const maxImprovementWords = (a: Amount, better: Better) => MAX_IMPROVEMENT.words(a, better)

const abs = (value: number): Amount => ({ kind: 'absolute', value })
const pct = (percent: number): Amount => ({ kind: 'relative', percent })

describe('min: x passes iff c ≥ x (inclusive)', () => {
  test.each<[number, number, boolean]>([
    [0.95, 0.9, true],
    [0.9, 0.9, true],
    [0.8999, 0.9, false],
    [0.1 + 0.2, 0.3, true],
    [-1, 0, false],
    [0, 0, true],
  ])('c=%p, min %p → passes %s', (c, x, passed) => {
    expect(checkMin(c, x).passed).toBe(passed)
  })

  test('messages name the value and the floor', () => {
    expect(checkMin(0.811, 0.8).message).toBe('0.811 meets the floor 0.8')
    expect(checkMin(0.79, 0.8).message).toBe('0.79 is below the floor 0.8')
    expect(checkMin(0.8999999, 0.9).message).toBe('0.8999999 is below the floor 0.9')
  })
})

describe('max: x passes iff c ≤ x (inclusive)', () => {
  test.each<[number, number, boolean]>([
    [88, 120, true],
    [120, 120, true],
    [120.001, 120, false],
    [0.1 + 0.2, 0.3, true],
    [0.051, 0.05, false],
  ])('c=%p, max %p → passes %s', (c, x, passed) => {
    expect(checkMax(c, x).passed).toBe(passed)
  })

  test('messages name the value and the ceiling', () => {
    expect(checkMax(91, 120).message).toBe('91 is within the ceiling 120')
    expect(checkMax(130, 120).message).toBe('130 is above the ceiling 120')
  })
})

describe('max_regression: w = b − c (higher) or c − b (lower); absolute w ≤ x, relative w ≤ p/100·|b|', () => {
  test.each<[string, Better, Amount, number, number, boolean]>([
    ['higher, absolute: drop within the limit', 'higher', abs(0.01), 0.842, 0.835, true],
    ['higher, absolute: drop exactly the limit (0.915 → 0.905 by 0.01)', 'higher', abs(0.01), 0.915, 0.905, true],
    ['higher, absolute: drop just beyond the limit (0.915 → 0.904)', 'higher', abs(0.01), 0.915, 0.904, false],
    ['higher, absolute: a rise always passes', 'higher', abs(0), 0.9, 0.95, true],
    ['higher, absolute 0: unchanged passes', 'higher', abs(0), 0.9, 0.9, true],
    ['higher, absolute 0: any drop fails', 'higher', abs(0), 0.9, 0.8999, false],
    ['higher, relative: drop of 0.5% of 0.9 exactly passes', 'higher', pct(0.5), 0.9, 0.8955, true],
    ['higher, relative: drop of 3.7% with 1% allowed fails', 'higher', pct(1), 0.842, 0.811, false],
    ['higher, relative: uses |b| for a negative baseline', 'higher', pct(10), -2, -2.2, true],
    ['higher, relative: beyond p% of |b| for a negative baseline fails', 'higher', pct(10), -2, -2.3, false],
    ['lower, absolute: rise within the limit', 'lower', abs(10), 88, 98, true],
    ['lower, absolute: rise beyond the limit', 'lower', abs(10), 88, 98.5, false],
    ['lower, absolute: a drop always passes', 'lower', abs(0), 88, 50, true],
    ['lower, relative: rise of 10% exactly passes', 'lower', pct(10), 88, 96.8, true],
    ['lower, relative: rise of 11% fails', 'lower', pct(10), 88, 97.68, false],
    ['higher, relative, b = 0: no change passes', 'higher', pct(5), 0, 0, true],
    ['higher, relative, b = 0: a rise passes', 'higher', pct(5), 0, 0.1, true],
    ['higher, relative, b = 0: any drop fails', 'higher', pct(5), 0, -0.001, false],
    ['lower, relative, b = 0: a drop passes', 'lower', pct(5), 0, -1, true],
    ['lower, relative, b = 0: any rise fails', 'lower', pct(5), 0, 0.001, false],
  ])('%s', (_name, better, amount, b, c, passed) => {
    expect(checkMaxRegression(c, b, amount, better).passed).toBe(passed)
  })

  test('the message says what changed and what was allowed', () => {
    expect(checkMaxRegression(0.811, 0.842, pct(1), 'higher').message).toBe(
      'dropped 0.031 (3.7%) from 0.842 to 0.811; a drop of at most 1% (0.00842) is allowed',
    )
    expect(checkMaxRegression(0.905, 0.915, abs(0.01), 'higher').message).toBe(
      'dropped 0.01 (1.1%) from 0.915 to 0.905; a drop of at most 0.01 is allowed',
    )
    expect(checkMaxRegression(91, 88, pct(10), 'lower').message).toBe('rose 3 (3.4%) from 88 to 91; a rise of at most 10% (8.8) is allowed')
    expect(checkMaxRegression(-0.5, 0, pct(1), 'higher').message).toBe(
      'dropped 0.5 from 0 to -0.5; a relative limit against a baseline of 0 allows no drop at all',
    )
  })
})

describe('min_improvement: absolute −w ≥ x, relative −w ≥ p/100·|b|', () => {
  test.each<[string, Better, Amount, number, number, boolean]>([
    ['higher, absolute: rise of exactly the amount passes', 'higher', abs(0.02), 0.8, 0.82, true],
    ['higher, absolute: smaller rise fails', 'higher', abs(0.02), 0.8, 0.81, false],
    ['higher, absolute: a drop fails', 'higher', abs(0.02), 0.8, 0.7, false],
    ['higher, relative: rise of 1% of 0.8 passes', 'higher', pct(1), 0.8, 0.808, true],
    ['higher, relative: rise of 0.5% with 1% required fails', 'higher', pct(1), 0.8, 0.804, false],
    ['lower, absolute: drop of 2 passes', 'lower', abs(2), 88, 86, true],
    ['lower, absolute: drop of 1 fails', 'lower', abs(2), 88, 87, false],
    ['lower, absolute: a rise fails', 'lower', abs(2), 88, 90, false],
    ['lower, relative: drop of 5% passes', 'lower', pct(5), 100, 95, true],
    ['lower, relative: drop of 4% fails', 'lower', pct(5), 100, 96, false],
    ['higher, relative, b = 0: some rise passes', 'higher', pct(5), 0, 0.001, true],
    ['higher, relative, b = 0: unchanged fails', 'higher', pct(5), 0, 0, false],
    ['higher, relative, b = 0: a drop fails', 'higher', pct(5), 0, -0.001, false],
    ['lower, relative, b = 0: some drop passes', 'lower', pct(5), 0, -0.001, true],
    ['lower, relative, b = 0: unchanged fails', 'lower', pct(5), 0, 0, false],
    ['lower, relative, b = 0: a rise fails', 'lower', pct(5), 0, 0.001, false],
  ])('%s', (_name, better, amount, b, c, passed) => {
    expect(checkMinImprovement(c, b, amount, better).passed).toBe(passed)
  })

  test('the message says what changed and what was required', () => {
    expect(checkMinImprovement(0.804, 0.8, pct(1), 'higher').message).toBe(
      'rose 0.004 (0.5%) from 0.8 to 0.804; a rise of at least 1% (0.008) is required',
    )
    expect(checkMinImprovement(0, 0, pct(1), 'lower').message).toBe('unchanged at 0; against a baseline of 0 any drop is required')
  })
})

describe('max_improvement: absolute −w ≤ x, relative −w ≤ p/100·|b|, against b = 0 −w ≤ 0', () => {
  test.each<[string, Better, Amount, number, number, boolean]>([
    ['higher, absolute: a rise within the limit passes', 'higher', abs(0.05), 0.8, 0.84, true],
    ['higher, absolute: a rise of exactly the limit passes (0.8 → 0.85 by 0.05)', 'higher', abs(0.05), 0.8, 0.85, true],
    ['higher, absolute: a rise just beyond the limit fails', 'higher', abs(0.05), 0.8, 0.8501, false],
    ['higher, absolute: a drop always passes', 'higher', abs(0), 0.8, 0.6, true],
    ['higher, absolute 0: unchanged passes', 'higher', abs(0), 0.8, 0.8, true],
    ['higher, absolute 0: any rise fails', 'higher', abs(0), 0.8, 0.8001, false],
    ['higher, relative: a rise of 10% of 0.8 passes', 'higher', pct(10), 0.8, 0.88, true],
    ['higher, relative: a rise of 20% with 10% allowed fails', 'higher', pct(10), 0.8, 0.96, false],
    ['lower, absolute: a drop of 5 passes with 5 allowed', 'lower', abs(5), 100, 95, true],
    ['lower, absolute: a drop of 6 fails with 5 allowed', 'lower', abs(5), 100, 94, false],
    ['lower, absolute: a rise always passes', 'lower', abs(5), 100, 130, true],
    ['lower, relative: a drop of 50% with 30% allowed fails', 'lower', pct(30), 0.2, 0.1, false],
    ['lower, relative of a negative baseline: |b| is used', 'lower', pct(10), -10, -10.5, true],
    ['higher, relative, b = 0: unchanged passes', 'higher', pct(5), 0, 0, true],
    ['higher, relative, b = 0: a drop passes', 'higher', pct(5), 0, -0.1, true],
    ['higher, relative, b = 0: any rise fails', 'higher', pct(5), 0, 0.001, false],
    ['lower, relative, b = 0: any drop fails', 'lower', pct(5), 0, -0.001, false],
  ])('%s', (_name, better, amount, b, c, passed) => {
    expect(checkMaxImprovement(c, b, amount, better).passed).toBe(passed)
  })

  test('a failure says the gain is too good to be true and what to look for', () => {
    expect(checkMaxImprovement(0.99, 0.84, abs(0.05), 'higher').message).toBe(
      'rose 0.15 (18%) from 0.84 to 0.99; a rise of more than 0.05 is too good to be true: check for label leakage, a test set that leaked into training, or a broken eval',
    )
    expect(checkMaxImprovement(0.86, 0.84, pct(10), 'higher').message).toBe(
      'rose 0.02 (2.4%) from 0.84 to 0.86; a rise of at most 10% (0.084) is believable',
    )
  })

  test('its limit is the value above which a gain is suspect', () => {
    expect(checkMaxImprovement(0.99, 0.84, abs(0.05), 'higher').limit).toBeCloseTo(0.89, 12)
    expect(checkMaxImprovement(80, 100, pct(10), 'lower').limit).toBeCloseTo(90, 12)
  })
})

describe('rules in words', () => {
  test.each<[string, string, string]>([
    ['min 0.9', minWords(0.9), 'at least 0.9'],
    ['max 120', maxWords(120), 'at most 120'],
    ['min keeps the policy digits', minWords(0.9999999), 'at least 0.9999999'],
    ['max_regression 0.5%, higher', maxRegressionWords(pct(0.5), 'higher'), 'may drop at most 0.5%'],
    ['max_regression 0.01, higher', maxRegressionWords(abs(0.01), 'higher'), 'may drop at most 0.01'],
    ['max_regression 10%, lower', maxRegressionWords(pct(10), 'lower'), 'may rise at most 10%'],
    ['max_regression 10, lower', maxRegressionWords(abs(10), 'lower'), 'may rise at most 10'],
    ['min_improvement 1%, higher', minImprovementWords(pct(1), 'higher'), 'must rise by at least 1%'],
    ['min_improvement 2, lower', minImprovementWords(abs(2), 'lower'), 'must drop by at least 2'],
    ['max_improvement 5%, higher', maxImprovementWords(pct(5), 'higher'), 'may rise at most 5%'],
    ['max_improvement 3, lower', maxImprovementWords(abs(3), 'lower'), 'may drop at most 3'],
  ])('%s → %s', (_name, words, expected) => {
    expect(words).toBe(expected)
  })

  test.each<[number, number, string]>([
    [0.842, 0.811, 'dropped 0.031 (3.7%) from 0.842 to 0.811'],
    [0.1, 0.30000000000000004, 'rose 0.2 (200%) from 0.1 to 0.3'],
    [0, 3, 'rose 3 from 0 to 3'],
    [0.9, 0.9, 'unchanged at 0.9'],
  ])('change %p → %p reads %j', (b, c, text) => {
    expect(describeChange(c, b)).toBe(text)
  })
})

describe('a value that is not a finite number says why', () => {
  test.each<[number | string | boolean | null, string | undefined]>([
    [NaN, 'NaN, not a finite number'],
    [Infinity, 'Infinity, not a finite number'],
    [-Infinity, '-Infinity, not a finite number'],
    ['N/A', 'the string "N/A", not a number'],
    [true, 'the boolean true, not a number'],
    [null, 'null, not a number'],
    [0.9, undefined],
  ])('%p → %j', (value, text) => {
    expect(describeNonNumber(value)).toBe(text)
  })
})

describe('policy numbers in words read like the table', () => {
  test.each<[number, string]>([
    [15000, 'at most 15,000'],
    [1234567.5, 'at most 1,234,567.5'],
    [999, 'at most 999'],
    [-12000, 'at most -12,000'],
    [0.0001, 'at most 0.0001'],
    [1e21, 'at most 1e+21'],
  ])('max %p → %s', (x, words) => {
    expect(maxWords(x)).toBe(words)
  })
})

describe('formatLimit: the short numbers skip the separator pass', () => {
  const before = (v: number): string => {
    const text = formatNumber(v, 12)
    return /e/i.test(text)
      ? text
      : text.replace(/^(-?)(\d+)/, (_, sign: string, whole: string) => sign + whole.replace(/\B(?=(\d{3})+(?!\d))/g, ','))
  }
  test.each([0, -0, 1, -1, 999, -999, 1000, -1000, 0.5, 123.456, 1234.5, -98765.4321, 1e21, 1.5e-7, NaN, Infinity, -Infinity])('%p', (v) =>
    expect(formatLimit(v)).toBe(before(v)),
  )
  test('as before on generated numbers', () => {
    const v = fc.oneof(
      fc.double(),
      fc.double({ min: -1e6, max: 1e6 }),
      fc.integer().map((i) => i / 100),
    )
    fc.assert(
      fc.property(v, (x) => expect(formatLimit(x)).toBe(before(x))),
      { numRuns: 5000 },
    )
  })
})
