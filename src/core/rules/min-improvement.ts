/**
 * `min_improvement`: absolute x passes iff −w ≥ x; relative p% iff −w ≥ p/100·|b|;
 * relative against b = 0 iff −w > 0.
 */
import type { Amount } from '../types.js'
import { atLeast, exceeds } from '../numbers.js'
import {
  AMOUNT_SCHEMA,
  amountIn,
  betterVerb,
  describeChange,
  diffAmount,
  formatAmount,
  limitWords,
  toAmount,
  valueAt,
  worsening,
} from './common.js'
import type { BaselineKind } from './kind.js'

export const MIN_IMPROVEMENT: BaselineKind<'min_improvement', Amount> = {
  key: 'min_improvement',
  scope: 'baseline',
  schema: { ...AMOUNT_SCHEMA, description: 'Smallest required improvement against the baseline.', examples: [0, '1%'] },
  doc: {
    written: '`min_improvement: x` / `"p%"`',
    passes: '`−w ≥ x` / `−w ≥ p/100·\\|b\\|` (against `b = 0`: any improvement)',
  },
  read: toAmount,
  words: (amount, better) => `must ${betterVerb(better)} by at least ${formatAmount(amount)}`,
  format: formatAmount,
  bounds: (amount, b) => (amount.kind === 'relative' && b === 0 ? { max: 0, strict: true } : { max: -amountIn(amount, b) }),
  check(amount, c, b, better) {
    const w = worsening(c, b, better)
    const gain = -w
    const change = describeChange(c, b)
    const improve = betterVerb(better)
    if (amount.kind === 'relative' && b === 0) {
      return {
        passed: exceeds(gain, 0, c, b),
        limit: b,
        worsening: w,
        message: `${change}; against a baseline of 0 any ${improve} is required`,
      }
    }
    const required = amountIn(amount, b)
    return {
      passed: atLeast(gain, required, c, b),
      limit: valueAt(b, -required, better),
      worsening: w,
      message: `${change}; a ${improve} of at least ${limitWords(amount, required)} is required`,
    }
  },
  diff: (from, to) => diffAmount('min_improvement', from, to, false),
}
