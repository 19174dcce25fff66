import { describe, expect, test } from '@jest/globals'
import { evaluate } from '../../src/core/evaluate.js'
import { sliceName } from '../../src/core/fairness-checks.js'
import type { FairnessPolicy, Metrics } from '../../src/core/types.js'
import { input, model } from './fixtures.js'

const rule = (over: Partial<FairnessPolicy>): FairnessPolicy => ({
  pattern: 'slices.*.recall',
  better: 'higher',
  severity: 'block',
  ...over,
})
const slices = (values: Record<string, [number, number?]>): Metrics =>
  new Map(Object.entries(values).map(([s, [value, n]]) => [`slices.${s}.recall`, n === undefined ? { value } : { value, n }]))

function run(r: FairnessPolicy, candidate: Metrics, baseline?: Metrics) {
  return evaluate(input({ model: model([], { fairness: [r] }), candidate, ...(baseline ? { baseline } : {}) }))
}

describe('fairness checks', () => {
  test('sliceName: the segments at the wildcards', () => {
    expect(sliceName('slices.*.recall', 'slices.mobile.recall')).toBe('mobile')
    expect(sliceName('by.*.*.acc', 'by.eu.f.acc')).toBe('eu.f')
  })

  test('the four-fifths rule: 0.6 ÷ 0.8 = 0.75 < 0.8 blocks; best, worst and gap carried as data', () => {
    const ev = run(rule({ minRatio: 0.8, maxGap: 0.25 }), slices({ a: [0.8, 500], b: [0.6, 500], c: [0.7, 500] }))
    expect(ev.verdict).toBe('blocked')
    expect(ev.checks.map((c) => [c.id, c.status, c.candidate])).toEqual([
      ['fairness:slices.*.recall:max_gap', 'pass', expect.closeTo(0.2, 12)],
      ['fairness:slices.*.recall:min_ratio', 'fail', expect.closeTo(0.75, 12)],
    ])
    expect(ev.checks[1]?.fairness).toMatchObject({ best: { slice: 'a', value: 0.8 }, worst: { slice: 'b', value: 0.6 }, skipped: [] })
    expect(ev.checks[1]?.message).toBe('best a 0.8, worst b 0.6: the ratio 0.75 is below 0.8')
  })

  test('min_n: a slice below it is left out, listed in the check and its note, never silently', () => {
    const ev = run(rule({ minRatio: 0.8, minN: 100 }), slices({ a: [0.8, 500], b: [0.78, 500], tiny: [0.1, 12] }))
    expect(ev.verdict).toBe('approved')
    expect(ev.checks[0]?.fairness?.skipped).toEqual([
      { slice: 'tiny', metric: 'slices.tiny.recall', n: 12, note: 'n = 12 is below min_n 100' },
    ])
    expect(ev.checks[0]?.note).toBe('1 slice left out: tiny (n = 12 is below min_n 100)')
  })

  test('max_gap_regression against the baseline gap over the same slices; severity warn never blocks', () => {
    const base = slices({ a: [0.8], b: [0.77] })
    const widened = slices({ a: [0.82], b: [0.75] })
    const ev = run(rule({ maxGapRegression: 0.02 }), widened, base)
    expect(ev.checks[0]).toMatchObject({ status: 'fail', baseline: expect.closeTo(0.03, 12), candidate: expect.closeTo(0.04, 12) })
    expect(run(rule({ maxGapRegression: 0.02, severity: 'warn' }), widened, base).verdict).toBe('approved')
    expect(run(rule({ maxGapRegression: 0.02 }), widened).checks[0]).toMatchObject({
      status: 'not_evaluated',
      message: 'not evaluated: no baseline',
    })
  })

  test('fewer than two slices: not evaluated, with the reason', () => {
    const ev = run(rule({ maxGap: 0.1, minN: 100 }), slices({ a: [0.8, 500], b: [0.1, 5] }))
    expect(ev.checks[0]).toMatchObject({ status: 'not_evaluated', message: 'not evaluated: fewer than two slices to compare (1)' })
  })
})
