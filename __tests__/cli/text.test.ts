import { describe, expect, test } from '@jest/globals'
import { renderText, SHOWN_PASSING } from '../../src/cli/text.js'
import type { Check } from '../../src/core/types.js'
import { evaluation, result, threshold } from '../render/fixtures.js'

const passing = (n: number, prefix = 'm'): Check[] =>
  Array.from({ length: n }, (_, i) => threshold(`${prefix}${i}`, 'min', 'pass', 'at least 0.8', 0.9))
const failing = threshold('recall', 'min', 'fail', 'at least 0.8', 0.7)
const warning = threshold('calibration', 'max', 'warn', 'at most 0.05', 0.06, { severity: 'warn' })
const skipped = threshold('slices.atm.recall', 'min', 'skip', 'at least 0.8', 0.6)

/** The check lines of a rendering: its lines that start with a status mark. */
function checkLines(text: string): string[] {
  return text.split('\n').filter((line) => /^ {2}[✗~!?\-✓] /.test(line))
}

describe('renderText lists what needs attention, then a bounded number of passing checks', () => {
  const cases: Array<{ name: string; checks: Check[]; verbose?: boolean; lines: number; last: string | RegExp }> = [
    { name: 'no checks', checks: [], lines: 0, last: '' },
    { name: 'a few passing checks are all listed', checks: passing(3), lines: 3, last: '  ✓ m2: m2 is 0.9; at least 0.8' },
    {
      name: 'exactly SHOWN_PASSING passing checks: all listed, no count',
      checks: passing(SHOWN_PASSING),
      lines: SHOWN_PASSING,
      last: `  ✓ m${SHOWN_PASSING - 1}: m${SHOWN_PASSING - 1} is 0.9; at least 0.8`,
    },
    {
      name: 'one more than SHOWN_PASSING: the last is counted',
      checks: passing(SHOWN_PASSING + 1),
      lines: SHOWN_PASSING + 1,
      last: '  ✓ … and 1 more passing check (--verbose lists every check)',
    },
    {
      name: 'thousands of passing checks: a count with separators',
      checks: passing(18_748),
      lines: SHOWN_PASSING + 1,
      last: `  ✓ … and ${(18_748 - SHOWN_PASSING).toLocaleString('en-US')} more passing checks (--verbose lists every check)`,
    },
    {
      name: 'verbose lists every passing check',
      checks: passing(SHOWN_PASSING + 7),
      verbose: true,
      lines: SHOWN_PASSING + 7,
      last: /✓ m56: /,
    },
    {
      name: 'checks that are not passing are never counted away, and come first',
      checks: [...passing(SHOWN_PASSING + 2), skipped, warning, failing],
      lines: 3 + SHOWN_PASSING + 1,
      last: '  ✓ … and 2 more passing checks (--verbose lists every check)',
    },
  ]
  test.each(cases)('$name', ({ checks, verbose = false, lines, last }) => {
    const text = renderText(result([evaluation({ checks })]), { quiet: false, verbose, dir: '/repo' })
    const shown = checkLines(text)
    expect(shown).toHaveLength(lines)
    if (typeof last === 'string') expect(shown.at(-1) ?? '').toBe(last)
    else expect(shown.at(-1)).toMatch(last)
  })

  test('the order is failing, warning, skipped, then passing, each in the order the gate made them', () => {
    const checks = [...passing(2, 'p'), skipped, warning, failing, ...passing(2, 'q')]
    const names = checkLines(renderText(result([evaluation({ checks })]), { quiet: false, verbose: false, dir: '/repo' })).map(
      (line) => line.split(':')[0],
    )
    expect(names).toEqual(['  ✗ recall', '  ! calibration', '  - slices.atm.recall', '  ✓ p0', '  ✓ p1', '  ✓ q0', '  ✓ q1'])
  })

  test('each model of a multi-model result is bounded on its own', () => {
    const many = result([evaluation({ model: 'a', checks: passing(SHOWN_PASSING + 5) }), evaluation({ model: 'b', checks: passing(4) })])
    const text = renderText(many, { quiet: false, verbose: false, dir: '/repo' })
    expect(checkLines(text)).toHaveLength(SHOWN_PASSING + 1 + 4)
    expect(text).toContain('  ✓ … and 5 more passing checks')
    expect(text.indexOf('model b: ')).toBeGreaterThan(text.indexOf('… and 5 more'))
  })

  test('quiet prints only the verdict line', () => {
    expect(renderText(result([evaluation({ checks: [failing, ...passing(3)] })]), { quiet: true, verbose: true, dir: '/repo' })).toMatch(
      /^model-gate: [A-Z]+ — .*\n$/,
    )
  })
})
