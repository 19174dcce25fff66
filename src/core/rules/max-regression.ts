/**
 * `max_regression`: absolute x passes iff w ≤ x; relative p% iff w ≤ p/100·|b|;
 * relative against b = 0 iff w ≤ 0.
 */
import type { Amount } from '../types.js'
import { atMost } from '../numbers.js'
import {
  AMOUNT_SCHEMA,
  amountIn,
  describeChange,
  diffAmount,
  formatAmount,
  limitWords,
  toAmount,
  valueAt,
  worseVerb,
  worsening,
} from './common.js'
import type { BaselineKind } from './kind.js'

export const MAX_REGRESSION: BaselineKind<'max_regression', Amount> = {
  key: 'max_regression',
  scope: 'baseline',
  schema: { ...AMOUNT_SCHEMA, description: 'Largest allowed worsening against the baseline.', examples: [0.01, '0.5%'] },
  doc: {
    written: '`max_regression: x` / `"p%"`',
    passes: '`w ≤ x` / `w ≤ p/100·\\|b\\|` (against `b = 0`: no worsening at all)',
  },
  read: toAmount,
  words: (amount, better) => `may ${worseVerb(better)} at most ${formatAmount(amount)}`,
  format: formatAmount,
  bounds: (amount, b) => ({ max: amount.kind === 'relative' && b === 0 ? 0 : amountIn(amount, b) }),
  check(amount, c, b, better) {
    const w = worsening(c, b, better)
    const change = describeChange(c, b)
    const worse = worseVerb(better)
    if (amount.kind === 'relative' && b === 0) {
      return {
        passed: atMost(w, 0, c, b),
        limit: b,
        worsening: w,
        message: `${change}; a relative limit against a baseline of 0 allows no ${worse} at all`,
      }
    }
    const allowed = amountIn(amount, b)
    return {
      passed: atMost(w, allowed, c, b),
      limit: valueAt(b, allowed, better),
      worsening: w,
      message: `${change}; a ${worse} of at most ${limitWords(amount, allowed)} is allowed`,
    }
  },
  diff: (from, to) => diffAmount('max_regression', from, to, true),
}
