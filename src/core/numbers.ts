/**
 * Number comparisons that binary floating-point rounding cannot flip, and compact number words.
 *
 * Tolerance: two quantities compare as equal when they differ by at most RELATIVE_TOLERANCE times
 * the largest magnitude involved in the comparison (both operands plus any values they were
 * computed from). A subtraction or percentage of doubles is off by a few units in the last place
 * (~1e-16 relative); 1e-9 covers that with a wide margin while staying far below any difference
 * that means something for a metric. There is no absolute floor, so metrics that live at tiny
 * scales (a loss of 1e-12) still compare at their own scale, and exact zeros compare exactly.
 * Example: 0.915 → 0.905 is a drop of 0.010000000000000009, which is "at most 0.01".
 */

export const RELATIVE_TOLERANCE = 1e-9

/** True for a number that is not NaN or ±Infinity. */
export function isFiniteNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v)
}

/** The allowed slack for a comparison of values of the given magnitudes. */
export function tolerance(...magnitudes: number[]): number {
  let largest = 0
  for (const m of magnitudes) largest = Math.max(largest, Math.abs(m))
  return RELATIVE_TOLERANCE * largest
}

/**
 * `tolerance(a, b, ...context)` for the one or two context values every caller passes, without the
 * arrays (a NaN anywhere makes it NaN, as Math.max does).
 */
function slack(a: number, b: number, context: readonly number[]): number {
  let largest = Math.max(0, Math.abs(a), Math.abs(b))
  for (let i = 0; i < context.length; i++) largest = Math.max(largest, Math.abs(context[i] as number))
  return RELATIVE_TOLERANCE * largest
}

/** a ≤ b, tolerant of rounding; `context` lists values a or b were computed from. */
export function atMost(a: number, b: number, ...context: number[]): boolean {
  return a <= b + slack(a, b, context)
}

/** a ≥ b, tolerant of rounding; `context` lists values a or b were computed from. */
export function atLeast(a: number, b: number, ...context: number[]): boolean {
  return a >= b - slack(a, b, context)
}

/** a > b by more than rounding noise; `context` lists values a or b were computed from. */
export function exceeds(a: number, b: number, ...context: number[]): boolean {
  return a > b + slack(a, b, context)
}

/**
 * A number in words: integers as they are, other values with up to `digits` significant digits
 * and no trailing zeros (0.30000000000000004 → `0.3`).
 */
export function formatNumber(v: number, digits = 6): string {
  if (!Number.isFinite(v)) return String(v)
  if (Number.isInteger(v) && Math.abs(v) < 1e15) return String(v)
  // A value whose shortest spelling has at most `digits` significant digits is that spelling:
  // rounding to `digits` digits gives it back. Up to 15 digits the decimal steps are wider than
  // a double's, so the rounding cannot land elsewhere; above, it is done in full.
  if (digits <= 15) {
    const text = String(v)
    if (significantDigits(text) <= digits) return text
  }
  return String(Number(v.toPrecision(digits)))
}

/** The significant digits of a number as String() spells it: `0.0012` has 2, `1.5e-7` 2, `120.5` 4. */
function significantDigits(text: string): number {
  let count = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 101) break // `e`: the exponent follows
    if (c < 48 || c > 57 || (count === 0 && c === 48)) continue
    count++
  }
  return count
}

/**
 * Two numbers in words, with just enough digits that different values never read the same
 * (0.8999999 vs 0.9 is not shown as `0.9` vs `0.9`).
 */
export function formatDistinct(a: number, b: number): [string, string] {
  let aText = formatNumber(a)
  let bText = formatNumber(b)
  for (let digits = 7; a !== b && aText === bText && digits <= 17; digits++) {
    aText = formatNumber(a, digits)
    bText = formatNumber(b, digits)
  }
  return [aText, bText]
}

/** A percentage in words: two significant digits below 100 (`3.7%`, `27%`), whole above. */
export function formatPercent(p: number): string {
  const magnitude = Math.abs(p)
  const text = magnitude >= 100 ? String(Math.round(p)) : String(Number(p.toPrecision(2)))
  return `${text}%`
}
