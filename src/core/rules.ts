/**
 * The gate rules: each one's test on numbers and its description in words. For candidate c and
 * baseline b the worsening is w = b − c when higher is better and w = c − b when lower is better.
 */
import type { Amount, Better, Metric } from './types.js'
import { atLeast, atMost, exceeds, formatDistinct, formatNumber, formatPercent } from './numbers.js'

/** Whether a rule passed, and what happened in words. */
export interface RuleResult {
  passed: boolean
  message: string
}

/** A policy number in words: as written, without rounding it away (0.9999 stays 0.9999). */
export function formatLimit(v: number): string {
  return formatNumber(v, 12)
}

/** An amount as written in the policy: `0.01` or `0.5%`. */
export function formatAmount(amount: Amount): string {
  return amount.kind === 'absolute' ? formatLimit(amount.value) : `${formatLimit(amount.percent)}%`
}

/** w: how much worse the candidate is than the baseline (negative: better). */
export function worsening(c: number, b: number, better: Better): number {
  return better === 'higher' ? b - c : c - b
}

/** `at least 0.9` */
export function minWords(x: number): string {
  return `at least ${formatLimit(x)}`
}

/** `at most 120` */
export function maxWords(x: number): string {
  return `at most ${formatLimit(x)}`
}

/** `may drop at most 0.5%` (higher is better) / `may rise at most 10` (lower is better). */
export function maxRegressionWords(amount: Amount, better: Better): string {
  return `may ${worseVerb(better)} at most ${formatAmount(amount)}`
}

/** `must rise by at least 1%` (higher is better) / `must drop by at least 2` (lower is better). */
export function minImprovementWords(amount: Amount, better: Better): string {
  return `must ${betterVerb(better)} by at least ${formatAmount(amount)}`
}

/** `min: x` passes iff c ≥ x. */
export function checkMin(c: number, x: number): RuleResult {
  const [cText, xText] = formatDistinct(c, x)
  return atLeast(c, x)
    ? { passed: true, message: `${cText} meets the floor ${xText}` }
    : { passed: false, message: `${cText} is below the floor ${xText}` }
}

/** `max: x` passes iff c ≤ x. */
export function checkMax(c: number, x: number): RuleResult {
  const [cText, xText] = formatDistinct(c, x)
  return atMost(c, x)
    ? { passed: true, message: `${cText} is within the ceiling ${xText}` }
    : { passed: false, message: `${cText} is above the ceiling ${xText}` }
}

/**
 * `max_regression`: absolute x passes iff w ≤ x; relative p% iff w ≤ p/100·|b|;
 * relative against b = 0 iff w ≤ 0.
 */
export function checkMaxRegression(c: number, b: number, amount: Amount, better: Better): RuleResult {
  const w = worsening(c, b, better)
  const change = describeChange(c, b)
  const worse = worseVerb(better)
  if (amount.kind === 'relative' && b === 0) {
    return {
      passed: atMost(w, 0, c, b),
      message: `${change}; a relative limit against a baseline of 0 allows no ${worse} at all`,
    }
  }
  const limit = allowedAmount(amount, b)
  return {
    passed: atMost(w, limit, c, b),
    message: `${change}; a ${worse} of at most ${limitWords(amount, limit)} is allowed`,
  }
}

/**
 * `min_improvement`: absolute x passes iff −w ≥ x; relative p% iff −w ≥ p/100·|b|;
 * relative against b = 0 iff −w > 0.
 */
export function checkMinImprovement(c: number, b: number, amount: Amount, better: Better): RuleResult {
  const gain = -worsening(c, b, better)
  const change = describeChange(c, b)
  const improve = betterVerb(better)
  if (amount.kind === 'relative' && b === 0) {
    return {
      passed: exceeds(gain, 0, c, b),
      message: `${change}; against a baseline of 0 any ${improve} is required`,
    }
  }
  const required = allowedAmount(amount, b)
  return {
    passed: atLeast(gain, required, c, b),
    message: `${change}; a ${improve} of at least ${limitWords(amount, required)} is required`,
  }
}

/**
 * Why a metric value cannot be compared: `NaN, not a finite number`,
 * `the string "N/A", not a number`. Returns undefined for a finite number.
 */
export function describeNonNumber(value: Metric['value']): string | undefined {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? undefined : `${String(value)}, not a finite number`
  }
  if (typeof value === 'string') return `the string ${quote(value)}, not a number`
  if (typeof value === 'boolean') return `the boolean ${String(value)}, not a number`
  return `${String(value)}, not a number`
}

/** `dropped 0.031 (3.7%) from 0.842 to 0.811`, `rose 3 from 0 to 3`, `unchanged at 0.9`. */
export function describeChange(c: number, b: number): string {
  const [bText, cText] = formatDistinct(b, c)
  if (c === b) return `unchanged at ${cText}`
  const delta = c - b
  const verb = delta > 0 ? 'rose' : 'dropped'
  const relative = b !== 0 ? ` (${formatPercent((Math.abs(delta) / Math.abs(b)) * 100)})` : ''
  return `${verb} ${formatNumber(Math.abs(delta))}${relative} from ${bText} to ${cText}`
}

function allowedAmount(amount: Amount, b: number): number {
  return amount.kind === 'absolute' ? amount.value : (amount.percent / 100) * Math.abs(b)
}

function limitWords(amount: Amount, value: number): string {
  return amount.kind === 'absolute'
    ? formatAmount(amount)
    : `${formatAmount(amount)} (${formatNumber(value)})`
}

function worseVerb(better: Better): string {
  return better === 'higher' ? 'drop' : 'rise'
}

function betterVerb(better: Better): string {
  return better === 'higher' ? 'rise' : 'drop'
}

function quote(text: string): string {
  const MAX = 60
  return JSON.stringify(text.length > MAX ? `${text.slice(0, MAX)}…` : text)
}
