import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import type { Check, Status } from '../../src/core/types.js'
import { blocksMerge } from '../../src/core/verdict.js'
import { blockingRows, checksOfKind, kindRows, metricRows, RANK, shownStatus, worstStatus, type Row } from '../../src/render/rows.js'

const STATUSES: Status[] = ['pass', 'fail', 'warn', 'inconclusive', 'not_evaluated', 'skip']

function check(i: number, over: Partial<Check>): Check {
  return { id: `c${i}`, kind: 'threshold', status: 'pass', severity: 'block', rule: 'at least 0.8', message: 'm', ...over }
}

/** Grouping by definition: rows in first-seen order, each with its checks, then stably sorted by worst status. */
function reference(checks: readonly Check[], wanted: (c: Check) => boolean): Row[] {
  const names: string[] = []
  for (const c of checks.filter(wanted)) {
    const name = c.metric ?? c.gate ?? c.id
    if (!names.includes(name)) names.push(name)
  }
  const rows = names.map((name) => {
    const group = checks.filter((c) => wanted(c) && (c.metric ?? c.gate ?? c.id) === name)
    const status = group.map(shownStatus).reduce<Status>((a, b) => (RANK[b] < RANK[a] ? b : a), 'pass')
    return { name, status, checks: group }
  })
  return rows.sort((a, b) => RANK[a.status] - RANK[b.status])
}

const checks = fc
  .array(
    fc.record({
      metric: fc.option(fc.constantFrom('a', 'b', 'c', 'd'), { nil: undefined }),
      gate: fc.option(fc.constantFrom('g1', 'g2'), { nil: undefined }),
      kind: fc.constantFrom<Check['kind']>('threshold', 'baseline', 'kpi', 'fairness', 'declaration', 'policy'),
      status: fc.constantFrom(...STATUSES),
      severity: fc.constantFrom<Check['severity']>('block', 'warn'),
    }),
    { maxLength: 30 },
  )
  .map((specs) =>
    specs.map(({ metric, gate, ...rest }, i) => check(i, { ...rest, ...(metric ? { metric } : {}), ...(gate ? { gate } : {}) })),
  )

describe('rows: grouped in one pass, once per checks array', () => {
  test('metricRows and kindRows equal grouping by definition', () => {
    fc.assert(
      fc.property(checks, (all) => {
        expect(metricRows(all)).toEqual(reference(all, (c) => c.kind === 'threshold' || c.kind === 'baseline'))
        expect(kindRows(all, 'kpi')).toEqual(reference(all, (c) => c.kind === 'kpi'))
        expect(kindRows(all, 'fairness')).toEqual(reference(all, (c) => c.kind === 'fairness'))
      }),
      { numRuns: 500 },
    )
  })

  test('checksOfKind keeps the checks of that kind in their order', () => {
    fc.assert(
      fc.property(checks, (all) => {
        for (const kind of ['kpi', 'fairness', 'declaration', 'policy'] as const) {
          expect(checksOfKind(all, kind)).toEqual(all.filter((c) => c.kind === kind))
        }
      }),
      { numRuns: 300 },
    )
  })

  test('blockingRows are the rows with a blocking check, in row order', () => {
    fc.assert(
      fc.property(checks, (all) => {
        for (const rows of [metricRows(all), kindRows(all, 'kpi'), kindRows(all, 'fairness')]) {
          expect(blockingRows(rows)).toEqual(rows.filter((row) => row.checks.some(blocksMerge)))
        }
      }),
      { numRuns: 500 },
    )
  })

  test('the same array gives the same rows; a grown array is grouped again', () => {
    const all = [check(1, { metric: 'a' }), check(2, { metric: 'b', status: 'fail' })]
    const first = metricRows(all)
    expect(metricRows(all)).toBe(first)
    expect(kindRows(all, 'kpi')).not.toBe(first)
    all.push(check(3, { metric: 'a', status: 'fail' }))
    const grown = metricRows(all)
    expect(grown).not.toBe(first)
    expect(grown.map((r) => [r.name, r.status, r.checks.length])).toEqual([
      ['a', 'fail', 2],
      ['b', 'fail', 1],
    ])
  })

  test('worstStatus: the most severe shown status, pass when there is none', () => {
    expect(worstStatus([])).toBe('pass')
    expect(worstStatus([check(1, { status: 'fail', severity: 'warn' }), check(2, { status: 'skip' })])).toBe('warn')
    expect(worstStatus([check(1, { status: 'skip' }), check(2, { status: 'inconclusive' })])).toBe('inconclusive')
  })
})
