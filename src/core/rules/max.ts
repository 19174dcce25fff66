/** `max: x` passes iff c ≤ x. */
import { atMost, formatDistinct } from '../numbers.js'
import { diffNumber, formatLimit } from './common.js'
import type { ThresholdKind } from './kind.js'

export const MAX: ThresholdKind<'max', number> = {
  key: 'max',
  scope: 'threshold',
  schema: { type: 'number', description: 'Absolute ceiling (inclusive).', examples: [120] },
  doc: { written: '`max: x`', passes: '`c ≤ x`' },
  read: (raw) => raw as number,
  words: (x) => `at most ${formatLimit(x)}`,
  format: formatLimit,
  references: (x) => [x],
  check(x, c) {
    const [cText, xText] = formatDistinct(c, x)
    return atMost(c, x)
      ? { passed: true, limit: x, message: `${cText} is within the ceiling ${xText}` }
      : { passed: false, limit: x, message: `${cText} is above the ceiling ${xText}` }
  },
  diff: (from, to) => diffNumber('max', from, to, true),
}
