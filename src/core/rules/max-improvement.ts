/**
 * `max_improvement`: absolute x passes iff −w ≤ x; relative p% iff −w ≤ p/100·|b|;
 * relative against b = 0 iff −w ≤ 0. It catches the improvement that is too good to be true:
 * label leakage, a test set that leaked into training, a broken eval.
 */
import type { Amount } from '../types.js'
import { atMost } from '../numbers.js'
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

const SUSPECT = 'too good to be true: check for label leakage, a test set that leaked into training, or a broken eval'

export const MAX_IMPROVEMENT: BaselineKind<'max_improvement', Amount> = {
  key: 'max_improvement',
  scope: 'baseline',
  schema: {
    ...AMOUNT_SCHEMA,
    description:
      'Largest believable improvement against the baseline: a larger one is too good to be true (label leakage, a leaked test set, a broken eval).',
    examples: ['5%', 0.05],
  },
  doc: {
    written: '`max_improvement: x` / `"p%"`',
    passes: '`−w ≤ x` / `−w ≤ p/100·\\|b\\|` (against `b = 0`: no improvement at all); a larger gain is too good to be true',
  },
  read: toAmount,
  words: (amount, better) => `may ${betterVerb(better)} at most ${formatAmount(amount)}`,
  format: formatAmount,
  bounds: (amount, b) => ({ min: amount.kind === 'relative' && b === 0 ? 0 : -amountIn(amount, b) }),
  failureNote: SUSPECT,
  check(amount, c, b, better) {
    const w = worsening(c, b, better)
    const gain = -w
    const change = describeChange(c, b)
    const improve = betterVerb(better)
    if (amount.kind === 'relative' && b === 0) {
      const passed = atMost(gain, 0, c, b)
      return {
        passed,
        limit: b,
        worsening: w,
        message: passed
          ? `${change}; against a baseline of 0 no ${improve} is believable`
          : `${change}; against a baseline of 0 any ${improve} is ${SUSPECT}`,
      }
    }
    const allowed = amountIn(amount, b)
    const passed = atMost(gain, allowed, c, b)
    return {
      passed,
      limit: valueAt(b, -allowed, better),
      worsening: w,
      message: passed
        ? `${change}; a ${improve} of at most ${limitWords(amount, allowed)} is believable`
        : `${change}; a ${improve} of more than ${limitWords(amount, allowed)} is ${SUSPECT}`,
    }
  },
  diff: (from, to) => diffAmount('max_improvement', from, to, true),
}
