/** Number formatting for the comment: short, but never hiding a difference that matters. */

const MINUS = '\u2212'
const DEFAULT_DIGITS = 4
const MAX_DIGITS = 12

/** Thousands separators on a string of digits. */
function group(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

function trimZeros(fixed: string): string {
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed
}

function exponential(abs: number, digits: number): string {
  const [mantissa = '', exponent = ''] = abs.toExponential(digits - 1).split('e')
  return `${trimZeros(mantissa)}e${exponent.replace('+', '').replace('-', MINUS)}`
}

/**
 * A metric value: integers in full with thousands separators, other values to `digits`
 * significant digits (default 4) without trailing zeros, exponent form when very large or
 * small; null/undefined as `—`. Negative values use the minus sign U+2212.
 */
export function formatNumber(n: number | null | undefined, digits = DEFAULT_DIGITS): string {
  if (n === null || n === undefined) return '—'
  if (Number.isNaN(n)) return 'NaN'
  if (!Number.isFinite(n)) return n > 0 ? '∞' : `${MINUS}∞`
  if (n === 0) return '0'
  const abs = Math.abs(n)
  const sign = n < 0 ? MINUS : ''
  if (abs >= 1e15 || abs < 1e-6) return sign + exponential(abs, digits)
  if (Number.isInteger(abs)) return sign + group(String(abs))
  const magnitude = Math.floor(Math.log10(abs))
  const decimals = Math.min(100, Math.max(0, digits - 1 - magnitude))
  const [whole = '0', fraction] = trimZeros(abs.toFixed(decimals)).split('.')
  return sign + group(whole) + (fraction ? `.${fraction}` : '')
}

/**
 * Several values formatted with one precision, the least (from 4 significant digits up to 12)
 * at which every value that differs from another value or from a `reference` (e.g. a threshold
 * quoted in a rule) also reads differently. 0.89996 next to a threshold 0.9 shows as `0.89996`.
 */
export function formatDistinct(values: Array<number | null | undefined>, references: number[] = []): string[] {
  const numbers = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v))
  const others = [...numbers, ...references.filter(Number.isFinite)]
  for (let digits = DEFAULT_DIGITS; digits < MAX_DIGITS; digits++) {
    const clash = numbers.some((v) => others.some((o) => o !== v && formatNumber(o, digits) === formatNumber(v, digits)))
    if (!clash) return values.map((v) => formatNumber(v, digits))
  }
  return values.map((v) => formatNumber(v, MAX_DIGITS))
}

/** A relative change in percent: whole percent from 10%, one decimal below, one digit if tiny. */
function formatPercent(percent: number): string {
  const abs = Math.abs(percent)
  if (abs >= 10) return String(Math.round(abs))
  if (abs >= 0.05) return trimZeros(abs.toFixed(1))
  return formatNumber(abs, 1)
}

function signed(delta: number, text: string): string {
  return `${delta > 0 ? '+' : MINUS}${text}`
}

/**
 * The change from `baseline` to `candidate`: absolute and, when the baseline is non-zero,
 * relative to |baseline|, e.g. `−0.031 (−3.7%)`, `+3 (+3.4%)`; `0` when equal; `—` when
 * either value is absent or not finite.
 */
export function formatChange(candidate: number | null | undefined, baseline: number | null | undefined): string {
  if (typeof candidate !== 'number' || typeof baseline !== 'number') return '—'
  if (!Number.isFinite(candidate) || !Number.isFinite(baseline)) return '—'
  const delta = candidate - baseline
  if (delta === 0) return '0'
  const absolute = signed(delta, formatNumber(Math.abs(delta)).replace(MINUS, ''))
  if (baseline === 0) return absolute
  const percent = (delta / Math.abs(baseline)) * 100
  return `${absolute} (${signed(delta, formatPercent(percent))}%)`
}

/** The first 7 characters of a commit SHA; other strings unchanged. */
export function shortSha(sha: string): string {
  return /^[0-9a-f]{8,}$/i.test(sha) ? sha.slice(0, 7) : sha
}

/** How far a value moved, unsigned: relative to |baseline| (`3.7%`), absolute when it is 0. */
export function formatMovement(candidate: number, baseline: number): string {
  const delta = Math.abs(candidate - baseline)
  if (baseline === 0) return formatNumber(delta)
  return `${formatPercent((delta / Math.abs(baseline)) * 100)}%`
}
