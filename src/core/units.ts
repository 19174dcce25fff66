/**
 * Units of KPIs and metrics, and values in them, for people: `$75,000`, `12.5%`, `94 ms`,
 * `12 widgets`, and changes: `−$14,300`, `+0.7 pp`, `−6.7%`. Always formatted for en-US, whatever
 * the machine's locale; negative numbers use the minus sign U+2212, like the rest of the output.
 *
 * Units: an ISO 4217 currency code in capitals (`USD`, `EUR`, `JPY`), `percent` (the value is a
 * fraction: 0.125 is 12.5%, to 4 significant digits; a change is in percentage points, `pp`),
 * `ms`, `s`, `count` (a bare number) or any other word (`widgets`, `tokens/s`), shown after the
 * number as written (no plural forms: `1 widgets`). Other numbers: 4 significant digits, the
 * whole-number part always in full (`94.35 ms`, `123,457 ms`). Currency: whole units from 1,000
 * up (`$212,400`), the currency's minor digits below (`$4.50`, `¥12`).
 */

const MINUS = '\u2212'
const LOCALE = 'en-US'
const MAX_WORD_LENGTH = 40
const WORD = /^[\p{L}\p{N}][\p{L}\p{N} _/.-]*$/u

export type Unit =
  | { kind: 'currency'; code: string }
  | { kind: 'percent' }
  | { kind: 'ms' }
  | { kind: 's' }
  | { kind: 'count' }
  | { kind: 'word'; word: string }

export type UnitResult = { ok: true; unit: Unit } | { ok: false; message: string; fix?: string }

let currencies: Set<string> | undefined

/** The ISO 4217 codes this runtime knows, or undefined when it cannot list them. */
function knownCurrencies(): Set<string> | undefined {
  if (currencies === undefined && typeof Intl.supportedValuesOf === 'function') {
    currencies = new Set(Intl.supportedValuesOf('currency'))
  }
  return currencies
}

/** Reads a `unit:` as written in a policy or metrics file. */
export function parseUnit(text: string): UnitResult {
  const unit = text.trim()
  if (unit === 'percent') return { ok: true, unit: { kind: 'percent' } }
  if (unit === 'ms' || unit === 's' || unit === 'count') return { ok: true, unit: { kind: unit } }
  if (/^[A-Z]{3}$/.test(unit)) {
    const known = knownCurrencies()
    if (known && !known.has(unit)) {
      return {
        ok: false,
        message: `${unit} is not an ISO 4217 currency code`,
        fix: 'use a currency code such as USD or EUR, or write the unit in lower case to show it as a word',
      }
    }
    return { ok: true, unit: { kind: 'currency', code: unit } }
  }
  if (unit === '%') return { ok: false, message: 'the unit % is written percent', fix: 'write unit: percent' }
  if (unit === '') return { ok: false, message: 'the unit is empty' }
  if (unit.length > MAX_WORD_LENGTH || !WORD.test(unit)) {
    return {
      ok: false,
      message: `the unit ${JSON.stringify(unit.slice(0, MAX_WORD_LENGTH))} is not a currency code, percent, ms, s, count or a word`,
      fix: `a word is letters, digits, spaces and _ / . -, at most ${MAX_WORD_LENGTH} characters`,
    }
  }
  return { ok: true, unit: { kind: 'word', word: unit } }
}

const formats = new Map<string, Intl.NumberFormat>()

function format(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options)
  let f = formats.get(key)
  if (!f) {
    f = new Intl.NumberFormat(LOCALE, options)
    formats.set(key, f)
  }
  return f
}

/** Up to `digits` significant digits, but the whole-number part always in full: 123,457 and 94.35. */
function plain(abs: number, digits: number): string {
  return format({
    maximumSignificantDigits: digits,
    maximumFractionDigits: 0,
    roundingPriority: 'morePrecision',
  } as Intl.NumberFormatOptions).format(abs)
}

/** The magnitude in the unit, without a sign. */
function magnitude(abs: number, unit: Unit, change: boolean): string {
  switch (unit.kind) {
    case 'currency': {
      // Whole currency units from 1,000 up ($212,400); below, the currency's minor digits ($4.50).
      const options: Intl.NumberFormatOptions = { style: 'currency', currency: unit.code }
      if (abs >= 1000) Object.assign(options, { minimumFractionDigits: 0, maximumFractionDigits: 0 })
      return format(options).format(abs)
    }
    case 'percent':
      return `${plain(abs * 100, 4)}${change ? ' pp' : '%'}`
    case 'ms':
      return `${plain(abs, 4)} ms`
    case 's':
      return `${plain(abs, 4)} s`
    case 'count':
      return plain(abs, 4)
    case 'word':
      return `${plain(abs, 4)} ${unit.word}`
  }
}

function nonFinite(value: number): string | undefined {
  if (Number.isNaN(value)) return 'NaN'
  if (!Number.isFinite(value)) return value > 0 ? '∞' : `${MINUS}∞`
  return undefined
}

/** A value in its unit: `$75,000`, `12.5%`, `94 ms`, `1.5 s`, `12,000`, `12 widgets`, `−$5.00`. */
export function formatInUnit(value: number, unit: Unit): string {
  const special = nonFinite(value)
  if (special) return special
  const text = magnitude(Math.abs(value), unit, false)
  return value < 0 && text !== magnitude(0, unit, false) ? `${MINUS}${text}` : text
}

/**
 * A signed change in the unit: `−$14,300`, `+$1,200`, `+0.7 pp` (percentage points, for a
 * fraction shown as %), `+3 ms`; a change that rounds to nothing is shown unsigned (`$0`, `0 ms`).
 */
export function formatDeltaInUnit(delta: number, unit: Unit): string {
  const special = nonFinite(delta)
  if (special) return delta > 0 ? `+${special}` : special
  const text = magnitude(Math.abs(delta), unit, true)
  if (text === magnitude(0, unit, true)) return text
  return `${delta > 0 ? '+' : MINUS}${text}`
}

/**
 * The change from baseline to candidate relative to |baseline|, signed, with two significant
 * digits and whole percent from 100%: `−6.7%`, `+27%`, `+150%`, `0%`. Undefined when the
 * baseline is 0 or either value is not finite.
 */
export function formatRelativeChange(candidate: number, baseline: number): string | undefined {
  if (!Number.isFinite(candidate) || !Number.isFinite(baseline) || baseline === 0) return undefined
  const percent = ((candidate - baseline) / Math.abs(baseline)) * 100
  const text = `${plain(Math.abs(percent), 2)}%`
  if (text === '0%') return text
  return `${percent > 0 ? '+' : MINUS}${text}`
}
