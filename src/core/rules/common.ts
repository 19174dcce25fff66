/**
 * Helpers the rule kinds share: numbers as written, amounts, the worsening, and changes in words.
 * For candidate c and baseline b the worsening is w = b − c when higher is better and w = c − b
 * when lower is better.
 */
import type { Amount, Better, Metric } from '../types.js'
import { formatDistinct, formatNumber, formatPercent } from '../numbers.js'
import { quote } from '../words.js'
import type { SettingChange } from './kind.js'

/**
 * A policy number in words: as written, without rounding it away (0.9999 stays 0.9999), with
 * thousands separators as the comment's table writes values (`15,000`), so a row reads one way.
 */
export function formatLimit(v: number): string {
  const text = formatNumber(v, 12)
  // Up to three digits before the point there is no separator to add.
  const point = text.indexOf('.')
  if ((point < 0 ? text.length : point) - (text.charCodeAt(0) === 45 ? 1 : 0) <= 3) return text
  return /e/i.test(text)
    ? text
    : text.replace(/^(-?)(\d+)/, (_, sign: string, whole: string) => sign + whole.replace(/\B(?=(\d{3})+(?!\d))/g, ','))
}

/** An amount as written in the policy: `0.01` or `0.5%`. */
export function formatAmount(amount: Amount): string {
  return amount.kind === 'absolute' ? formatLimit(amount.value) : `${formatLimit(amount.percent)}%`
}

/** `5` → absolute 5; `"0.5%"` / `"5 %"` → relative (the schema has checked the form). */
export function toAmount(value: unknown): Amount {
  if (typeof value === 'number') return { kind: 'absolute', value }
  return { kind: 'relative', percent: Number(String(value).replace('%', '').trim()) }
}

/** The amount in the metric's unit for baseline b: x, or p/100·|b|. */
export function amountIn(amount: Amount, b: number): number {
  return amount.kind === 'absolute' ? amount.value : (amount.percent / 100) * Math.abs(b)
}

/** `0.5% (0.0042)` for a relative amount, `0.01` for an absolute one. */
export function limitWords(amount: Amount, value: number): string {
  return amount.kind === 'absolute' ? formatAmount(amount) : `${formatAmount(amount)} (${formatNumber(value)})`
}

/** w: how much worse the candidate is than the baseline (negative: better). */
export function worsening(c: number, b: number, better: Better): number {
  return better === 'higher' ? b - c : c - b
}

/** The candidate value at which the worsening is w: b − w (higher is better) or b + w. */
export function valueAt(b: number, w: number, better: Better): number {
  return better === 'higher' ? b - w : b + w
}

export function worseVerb(better: Better): string {
  return better === 'higher' ? 'drop' : 'rise'
}

export function betterVerb(better: Better): string {
  return better === 'higher' ? 'rise' : 'drop'
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

/**
 * A limit added, removed, raised or lowered. Removing a limit always loosens and adding one
 * tightens; moving it loosens when it moves in the `looserIsHigher` direction.
 */
export function diffLimit<T>(
  field: string,
  from: T | undefined,
  to: T | undefined,
  words: (v: T) => string,
  compare: (a: T, b: T) => number,
  looserIsHigher: boolean,
): SettingChange | undefined {
  if (from === undefined && to === undefined) return undefined
  if (to === undefined) return { effect: 'loosens', words: `${field} removed (was ${words(from as T)})` }
  if (from === undefined) return { effect: 'tightens', words: `${field} added (${words(to)})` }
  const delta = compare(to, from)
  if (delta === 0) return undefined
  const raised = delta > 0
  return {
    effect: raised === looserIsHigher ? 'loosens' : 'tightens',
    words: `${field} ${raised ? 'raised' : 'lowered'} from ${words(from)} to ${words(to)}`,
  }
}

/** A limit that is a number. */
export function diffNumber(
  field: string,
  from: number | undefined,
  to: number | undefined,
  looserIsHigher: boolean,
): SettingChange | undefined {
  return diffLimit(field, from, to, formatLimit, (a, b) => a - b, looserIsHigher)
}

/** A limit that is an amount: an absolute amount and a percentage do not compare, so that is a change. */
export function diffAmount(
  field: string,
  from: Amount | undefined,
  to: Amount | undefined,
  looserIsHigher: boolean,
): SettingChange | undefined {
  if (from !== undefined && to !== undefined && from.kind !== to.kind) {
    return { effect: 'changes', words: `${field} changed from ${formatAmount(from)} to ${formatAmount(to)}` }
  }
  const value = (a: Amount): number => (a.kind === 'absolute' ? a.value : a.percent)
  return diffLimit(field, from, to, formatAmount, (a, b) => value(a) - value(b), looserIsHigher)
}

/** The JSON Schema of an amount, by reference to the policy schema's definition. */
export const AMOUNT_SCHEMA = { $ref: '#/definitions/amount' } as const
