import fc from 'fast-check'
import { checkFairness, spread } from '../../src/core/fairness.js'
import type { FairnessCheck, SliceValue } from '../../src/core/fairness.js'

const slices = (entries: Record<string, number | [number, number]>): SliceValue[] =>
  Object.entries(entries).map(([slice, v]) => (Array.isArray(v) ? { slice, value: v[0], n: v[1] } : { slice, value: v }))

function check(checks: FairnessCheck[], rule: FairnessCheck['rule']): FairnessCheck | undefined {
  return checks.find((c) => c.rule === rule)
}

describe('spread: gap, ratio, best and worst', () => {
  test.each<[string, Record<string, number>, 'higher' | 'lower', string, string, number, number | undefined]>([
    ['higher is better', { mobile: 0.7, desktop: 0.9, tablet: 0.8 }, 'higher', 'desktop', 'mobile', 0.2, 0.7 / 0.9],
    ['lower is better', { mobile: 0.07, desktop: 0.05 }, 'lower', 'desktop', 'mobile', 0.02, 0.05 / 0.07],
    ['all zero: ratio 1', { a: 0, b: 0 }, 'higher', 'a', 'a', 0, 1],
    ['zero and positive: ratio 0', { a: 0, b: 0.5 }, 'higher', 'b', 'a', 0.5, 0],
    ['a negative value: no ratio', { a: -1, b: 2 }, 'higher', 'b', 'a', 3, undefined],
    ['ties go to the first name', { b: 0.5, a: 0.5, c: 0.5 }, 'higher', 'a', 'a', 0, 1],
  ])('%s', (_name, values, better, best, worst, gap, ratio) => {
    const list = slices(values).sort((x, y) => (x.slice < y.slice ? -1 : 1))
    const s = spread(list, better)
    expect(s?.best.slice).toBe(best)
    expect(s?.worst.slice).toBe(worst)
    expect(s?.gap).toBeCloseTo(gap, 12)
    if (ratio === undefined) expect(s?.ratio).toBeUndefined()
    else expect(s?.ratio).toBeCloseTo(ratio, 12)
  })

  test('one slice: nothing to compare', () => {
    expect(spread(slices({ a: 1 }), 'higher')).toBeUndefined()
  })
})

describe('checkFairness', () => {
  test('the four-fifths rule blocks a ratio of 0.75 and passes 0.8 exactly', () => {
    // Uniform Guidelines, 29 CFR 1607.4(D): a rate below four-fifths of the highest rate is evidence
    // of adverse impact. Rates 0.45 vs 0.60: 0.45/0.60 = 0.75 < 0.8.
    const blocked = checkFairness(slices({ a: 0.45, b: 0.6 }), { minRatio: 0.8 }, 'higher')
    expect(check(blocked.checks, 'min_ratio')).toMatchObject({ status: 'fail', limit: 0.8 })
    expect(check(blocked.checks, 'min_ratio')?.actual).toBeCloseTo(0.75, 12)
    const passed = checkFairness(slices({ a: 0.48, b: 0.6 }), { minRatio: 0.8 }, 'higher')
    expect(check(passed.checks, 'min_ratio')?.status).toBe('pass') // 0.48/0.6 = 0.7999999999999999
  })

  test.each<[number, 'pass' | 'fail']>([
    [0.05, 'pass'], // 0.915 − 0.865 = 0.05000000000000004: rounding, not a real excess
    [0.049, 'fail'],
  ])('max_gap %p', (maxGap, status) => {
    const result = checkFairness(slices({ a: 0.915, b: 0.865 }), { maxGap }, 'higher')
    expect(check(result.checks, 'max_gap')).toMatchObject({ status, limit: maxGap })
  })

  test('a slice under min_n is skipped with a note, a slice without n is kept and listed', () => {
    const result = checkFairness(
      slices({ desktop: [0.9, 5000], mobile: [0.85, 4000], kiosk: [0.2, 12], tv: 0.88 }),
      { maxGap: 0.1, minN: 100 },
      'higher',
    )
    expect(result.skipped).toEqual([{ slice: 'kiosk', n: 12, note: 'n = 12 is below min_n 100' }])
    expect(result.withoutN).toEqual(['tv'])
    expect(result.slices.map((s) => s.slice)).toEqual(['desktop', 'mobile', 'tv'])
    expect(result.spread).toMatchObject({ best: { slice: 'desktop' }, worst: { slice: 'mobile' } })
    expect(check(result.checks, 'max_gap')?.status).toBe('pass')
  })

  test('without min_n nothing is skipped: the tiny slice makes the gap', () => {
    const result = checkFairness(slices({ desktop: [0.9, 5000], kiosk: [0.2, 12] }), { maxGap: 0.1 }, 'higher')
    expect(result.skipped).toEqual([])
    expect(check(result.checks, 'max_gap')?.status).toBe('fail')
  })

  test('non-finite values are listed, not silently dropped', () => {
    const result = checkFairness(slices({ a: NaN, b: 0.5, c: 0.6 }), { maxGap: 0.2 }, 'higher')
    expect(result.invalid).toEqual([{ slice: 'a', note: 'NaN is not a finite number' }])
    expect(result.slices).toHaveLength(2)
  })

  test('fewer than two slices: every check is not applicable, with the reason', () => {
    const result = checkFairness(slices({ a: [0.5, 10], b: [0.9, 1000] }), { maxGap: 0.1, minRatio: 0.8, minN: 100 }, 'higher')
    expect(result.checks.map((c) => c.status)).toEqual(['not-applicable', 'not-applicable'])
    expect(result.checks[0]?.reason).toMatch(/fewer than two slices/)
  })

  test('min_ratio with a negative value is not applicable', () => {
    const result = checkFairness(slices({ a: -0.1, b: 0.2 }), { minRatio: 0.8 }, 'higher')
    expect(check(result.checks, 'min_ratio')).toMatchObject({
      status: 'not-applicable',
      reason: expect.stringMatching(/negative/),
    })
  })

  test.each<[string, Record<string, number>, number, 'pass' | 'fail', number]>([
    ['gap widens 0.05 → 0.08, allowed 0.02', { a: 0.9, b: 0.82 }, 0.02, 'fail', 0.03],
    ['gap widens 0.05 → 0.07, allowed 0.02', { a: 0.9, b: 0.83 }, 0.02, 'pass', 0.02],
    ['gap narrows', { a: 0.9, b: 0.89 }, 0, 'pass', -0.04],
  ])('max_gap_regression: %s', (_name, candidate, allowed, status, widening) => {
    const result = checkFairness(slices(candidate), { maxGapRegression: allowed }, 'higher', slices({ a: 0.9, b: 0.85 }))
    const c = check(result.checks, 'max_gap_regression')
    expect(c?.status).toBe(status)
    expect(c?.actual).toBeCloseTo(widening, 12)
    expect(result.baseline?.gap).toBeCloseTo(0.05, 12)
  })

  test('max_gap_regression compares the slices present on both sides only', () => {
    const result = checkFairness(
      slices({ a: 0.9, b: 0.85, new: 0.5 }),
      { maxGapRegression: 0.01 },
      'higher',
      slices({ a: 0.9, b: 0.85, gone: 0.1 }),
    )
    expect(result.baseline?.slices).toEqual(['a', 'b'])
    expect(check(result.checks, 'max_gap_regression')?.status).toBe('pass')
  })

  test('max_gap_regression without a baseline is not applicable', () => {
    const result = checkFairness(slices({ a: 0.9, b: 0.85 }), { maxGapRegression: 0.01 }, 'higher')
    expect(check(result.checks, 'max_gap_regression')).toMatchObject({
      status: 'not-applicable',
      reason: 'no baseline',
    })
  })

  test('property: gap ≥ 0, ratio in [0, 1], best and worst are extreme, and the order of slices does not matter', () => {
    const arb = fc.uniqueArray(
      fc.record({
        slice: fc.string({ minLength: 1, maxLength: 5 }),
        value: fc.double({ min: 0, max: 1, noNaN: true }),
      }),
      {
        minLength: 2,
        maxLength: 10,
        selector: (s) => s.slice,
      },
    )
    fc.assert(
      fc.property(arb, fc.constantFrom('higher' as const, 'lower' as const), (values, better) => {
        const result = checkFairness(values, { maxGap: 0.1, minRatio: 0.8 }, better)
        const reversed = checkFairness([...values].reverse(), { maxGap: 0.1, minRatio: 0.8 }, better)
        expect(reversed).toEqual(result)
        const s = result.spread
        if (!s) throw new Error('two slices give a spread')
        expect(s.gap).toBeGreaterThanOrEqual(0)
        expect(s.ratio).toBeGreaterThanOrEqual(0)
        expect(s.ratio).toBeLessThanOrEqual(1)
        const numbers = values.map((v) => v.value)
        const [hi, lo] = [Math.max(...numbers), Math.min(...numbers)]
        expect(better === 'higher' ? s.best.value : s.worst.value).toBe(hi)
        expect(better === 'higher' ? s.worst.value : s.best.value).toBe(lo)
      }),
    )
  })
})
