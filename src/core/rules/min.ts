/** `min: x` passes iff c ≥ x. */
import { atLeast, formatDistinct } from '../numbers.js'
import { diffNumber, formatLimit } from './common.js'
import type { ThresholdKind } from './kind.js'

export const MIN: ThresholdKind<'min', number> = {
  key: 'min',
  scope: 'threshold',
  schema: { type: 'number', description: 'Absolute floor (inclusive).', examples: [0.9] },
  doc: { written: '`min: x`', passes: '`c ≥ x`' },
  read: (raw) => raw as number,
  words: (x) => `at least ${formatLimit(x)}`,
  format: formatLimit,
  references: (x) => [x],
  check(x, c) {
    const [cText, xText] = formatDistinct(c, x)
    return atLeast(c, x)
      ? { passed: true, limit: x, message: `${cText} meets the floor ${xText}` }
      : { passed: false, limit: x, message: `${cText} is below the floor ${xText}` }
  },
  diff: (from, to) => diffNumber('min', from, to, false),
}
