import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import { evaluate } from '../../src/core/evaluate.js'
import { decideBounds } from '../../src/core/statistics.js'
import type { Check, GateRule, Metrics } from '../../src/core/types.js'
import { blocksMerge } from '../../src/core/verdict.js'
import { gate, input, model } from './fixtures.js'

const WARN = { confidence: 0.95, inconclusive: 'warn' } as const
const BLOCK = { confidence: 0.95, inconclusive: 'block' } as const

function run(g: GateRule, baseline: Metrics, candidate: Metrics, extra: Partial<Parameters<typeof input>[0]> = {}): Check {
  const ev = evaluate(input({ model: model([g]), baseline, candidate, ...extra }))
  const check = ev.checks.find((c) => c.kind === 'baseline')
  if (!check) throw new Error('no baseline check')
  return check
}

const proportion = (value: number, n: number): Metrics => new Map([['recall', { value, n }]])

describe('decideBounds', () => {
  test.each([
    // [interval, bounds, decision]
    [[0.01, 0.02], { max: 0.03 }, 'pass'],
    [[0.04, 0.05], { max: 0.03 }, 'fail'],
    [[0.02, 0.04], { max: 0.03 }, 'inconclusive'],
    [[0.03, 0.03], { max: 0.03 }, 'pass'],
    [[-0.02, -0.01], { max: 0, strict: true }, 'pass'],
    [[0, 0.01], { max: 0, strict: true }, 'fail'],
    [[-0.01, 0], { max: 0, strict: true }, 'inconclusive'],
    [[-0.01, 0.02], { min: -0.05 }, 'pass'],
    [[-0.09, -0.06], { min: -0.05 }, 'fail'],
    [[-0.06, 0.01], { min: -0.05 }, 'inconclusive'],
    [[-0.09, -0.06], { min: -0.05, max: 0.1 }, 'fail'],
  ] as const)('%j with %j: %s', (interval, bounds, decision) => {
    expect(decideBounds(interval, bounds)).toBe(decision)
  })
})

describe('noise-aware baseline rules in the evaluation', () => {
  // Newcombe (1998), Statistics in Medicine 17:873–890, Table II, example (a): 56/70 vs 48/80.
  // Method 10 (hybrid score): 0.0524 to 0.3339 for p1 − p2 = 0.2.
  const baseline = proportion(56 / 70, 70)
  const candidate = proportion(48 / 80, 80)

  test('the interval is Newcombe method 10 and is carried on the check', () => {
    const check = run(gate('recall', { max_regression: { kind: 'absolute', value: 0.05 }, statistics: WARN }), baseline, candidate)
    expect(check.statistics?.method).toBe('newcombe')
    expect(check.statistics?.confidence).toBe(0.95)
    expect(check.statistics?.interval[0]).toBeCloseTo(0.0524, 4)
    expect(check.statistics?.interval[1]).toBeCloseTo(0.3339, 4)
    expect(check.status).toBe('fail')
  })

  test.each([
    // [allowed drop, status under warn, status under block, blocks under block]
    [0.05, 'fail', 'fail', true],
    [0.06, 'inconclusive', 'inconclusive', true],
    [0.34, 'pass', 'pass', false],
  ])('max_regression %s: %s', (allowed, warnStatus, blockStatus, blocks) => {
    const spec = { max_regression: { kind: 'absolute' as const, value: allowed } }
    const warn = run(gate('recall', { ...spec, statistics: WARN }), baseline, candidate)
    const block = run(gate('recall', { ...spec, statistics: BLOCK }), baseline, candidate)
    expect([warn.status, block.status]).toEqual([warnStatus, blockStatus])
    expect(blocksMerge(block)).toBe(blocks)
    if (warnStatus === 'inconclusive') {
      expect(warn.severity).toBe('warn')
      expect(blocksMerge(warn)).toBe(false)
      expect(warn.message).toMatch(/straddles the tolerance: inconclusive/)
    }
  })

  test('an inconclusive check on a warn-severity gate never blocks, even under inconclusive: block', () => {
    const check = run(
      gate('recall', { max_regression: { kind: 'absolute', value: 0.06 }, severity: 'warn', statistics: BLOCK }),
      baseline,
      candidate,
    )
    expect([check.status, check.severity, blocksMerge(check)]).toEqual(['inconclusive', 'warn', false])
  })

  test('without statistics the point rule decides; without n, stderr or ci it decides and says so', () => {
    const spec = { max_regression: { kind: 'absolute' as const, value: 0.06 } }
    expect(run(gate('recall', spec), baseline, candidate)).toMatchObject({ status: 'fail' })
    const bare = run(
      gate('recall', { ...spec, statistics: WARN }),
      new Map([['recall', { value: 0.8 }]]),
      new Map([['recall', { value: 0.7 }]]),
    )
    expect(bare).toMatchObject({ status: 'fail', note: 'Decided on the point value: no interval (neither side has n, stderr or ci).' })
    expect(bare.statistics).toBeUndefined()
  })

  test('pairedIntervals: the paired interval for the metric wins over the summaries', () => {
    const paired = new Map([
      ['recall', { method: 'mcnemar', confidence: 0.95, interval: [0.001, 0.004] as [number, number], p_value: 0.03 }],
    ])
    const check = run(
      gate('recall', { max_regression: { kind: 'absolute', value: 0.01 }, statistics: WARN }),
      proportion(0.802, 500),
      proportion(0.8, 500),
      { pairedIntervals: paired },
    )
    expect(check).toMatchObject({
      status: 'pass',
      statistics: { method: 'mcnemar', confidence: 0.95, interval: [0.001, 0.004], p_value: 0.03 },
    })
    // Without it, the same summaries (n = 500) are too noisy to tell.
    expect(
      run(
        gate('recall', { max_regression: { kind: 'absolute', value: 0.01 }, statistics: WARN }),
        proportion(0.802, 500),
        proportion(0.8, 500),
      ).status,
    ).toBe('inconclusive')
    // A paired interval for another metric is not used.
    const other = new Map([['precision', { method: 'mcnemar', confidence: 0.95, interval: [0.001, 0.004] as [number, number] }]])
    expect(
      run(
        gate('recall', { max_regression: { kind: 'absolute', value: 0.01 }, statistics: WARN }),
        proportion(0.802, 500),
        proportion(0.8, 500),
        { pairedIntervals: other },
      ).statistics?.method,
    ).toBe('newcombe')
  })

  test('min_improvement and max_improvement decide on the bounds of their kinds', () => {
    const up = { b: proportion(0.6, 2000), c: proportion(0.7, 2000) }
    expect(run(gate('recall', { min_improvement: { kind: 'absolute', value: 0.05 }, statistics: WARN }), up.b, up.c).status).toBe('pass')
    expect(run(gate('recall', { min_improvement: { kind: 'absolute', value: 0.1 }, statistics: WARN }), up.b, up.c).status).toBe(
      'inconclusive',
    )
    expect(run(gate('recall', { max_improvement: { kind: 'absolute', value: 0.05 }, statistics: WARN }), up.b, up.c).status).toBe('fail')
  })

  const side = fc.record({ p: fc.double({ min: 0.01, max: 0.99, noNaN: true }), n: fc.integer({ min: 5, max: 100000 }) })

  test('property: identical candidate and baseline never fail', () => {
    fc.assert(
      fc.property(side, fc.double({ min: 0, max: 0.5, noNaN: true }), fc.boolean(), ({ p, n }, allowed, relative) => {
        const m = proportion(p, n)
        const amount = relative ? { kind: 'relative' as const, percent: allowed * 100 } : { kind: 'absolute' as const, value: allowed }
        const check = run(gate('recall', { max_regression: amount, statistics: BLOCK }), m, m)
        return check.status !== 'fail'
      }),
    )
  })

  test('property: tightening a tolerance never turns fail into pass, nor inconclusive into pass', () => {
    fc.assert(
      fc.property(side, side, fc.double({ min: 0, max: 0.3, noNaN: true }), fc.double({ min: 0, max: 0.3, noNaN: true }), (b, c, x, y) => {
        const [tight, loose] = x <= y ? [x, y] : [y, x]
        const at = (t: number) =>
          run(
            gate('recall', { max_regression: { kind: 'absolute', value: t }, statistics: WARN }),
            proportion(b.p, b.n),
            proportion(c.p, c.n),
          ).status
        const rank = { fail: 0, inconclusive: 1, pass: 2 } as Record<string, number>
        return (rank[at(tight)] ?? 0) <= (rank[at(loose)] ?? 0)
      }),
    )
  })

  test('property: more examples on both sides never widen the interval', () => {
    fc.assert(
      fc.property(side, side, fc.integer({ min: 1, max: 20 }), (b, c, k) => {
        const width = (scale: number) => {
          const check = run(
            gate('recall', { max_regression: { kind: 'absolute', value: 0.01 }, statistics: WARN }),
            proportion(b.p, b.n * scale),
            proportion(c.p, c.n * scale),
          )
          const [lo, hi] = check.statistics?.interval ?? [0, 0]
          return hi - lo
        }
        return width(k + 1) <= width(1) + 1e-12
      }),
    )
  })
})

describe('min_n on a wildcard gate', () => {
  test('a slice below min_n is skipped with a note; one without n is kept', () => {
    const candidate: Metrics = new Map([
      ['slices.web.recall', { value: 0.9, n: 500 }],
      ['slices.atm.recall', { value: 0.5, n: 38 }],
      ['slices.pos.recall', { value: 0.85 }],
    ])
    const ev = evaluate(input({ model: model([gate('slices.*.recall', { min: 0.8, minN: 100 })]), candidate }))
    expect(ev.checks.map((c) => [c.metric, c.status, c.ruleKey])).toEqual([
      ['slices.web.recall', 'pass', 'min'],
      ['slices.atm.recall', 'skip', 'min_n'],
      ['slices.pos.recall', 'pass', 'min'],
    ])
    expect(ev.checks[1]?.message).toBe('skipped: n = 38 is below min_n 100, too few examples to judge')
    expect(ev.verdict).toBe('approved')
  })
})
