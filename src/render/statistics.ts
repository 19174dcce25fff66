/** How the comment shows the interval a statistical check decided on. */
import type { Check } from '../core/types.js'
import { formatDeltaInUnit, parseUnit, type Unit } from '../core/units.js'
import { formatNumber } from './format.js'

const MINUS = '\u2212'

/** The unit of a KPI check, when it has a readable one. */
export function unitOf(check: Pick<Check, 'unit'>): Unit | undefined {
  if (check.unit === undefined) return undefined
  const parsed = parseUnit(check.unit)
  return parsed.ok ? parsed.unit : undefined
}

function signed(value: number, unit: Unit | undefined): string {
  if (unit) return formatDeltaInUnit(value, unit)
  if (value === 0) return '0'
  return `${value > 0 ? '+' : MINUS}${formatNumber(Math.abs(value)).replace(MINUS, '')}`
}

/**
 * `95% interval of the drop: −0.004 to +0.012 (newcombe)`, for a check that decided on an
 * interval; undefined otherwise. The interval is for the worsening w: positive is worse.
 */
export function intervalWords(check: Check, worse: string): string | undefined {
  const s = check.statistics
  if (!s) return undefined
  const unit = unitOf(check)
  const [lo, hi] = s.interval
  const p = s.p_value !== undefined ? `, p = ${formatNumber(s.p_value, 2)}` : ''
  return `${formatNumber(s.confidence * 100)}% interval of the ${worse}: ${signed(lo, unit)} to ${signed(hi, unit)} (${s.method}${p})`
}

/**
 * The direction word of a check's worsening, from its numbers: w = b − c (higher is better) is a
 * `drop`, w = c − b a `rise`; `worsening` when they cannot tell.
 */
export function worseWord(check: Pick<Check, 'candidate' | 'baseline' | 'worsening'>): string {
  const { candidate: c, baseline: b, worsening: w } = check
  if (typeof c !== 'number' || typeof b !== 'number' || w === undefined || c === b) return 'worsening'
  const tolerance = 1e-9 * Math.max(Math.abs(b), Math.abs(c), 1e-300)
  if (Math.abs(w - (b - c)) <= tolerance) return 'drop'
  if (Math.abs(w - (c - b)) <= tolerance) return 'rise'
  return 'worsening'
}
