/**
 * ISO-8601 calendar dates (YYYY-MM-DD) and durations (P18M, P1Y6M, PT12H) as declarations use
 * them, with a suggested fix for the usual free-text spellings ("18 months" → P18M).
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?$/

/** The UTC midnight of a real calendar date written YYYY-MM-DD, or undefined (2026-02-30 is not one). */
export function parseIsoDate(text: string): Date | undefined {
  const match = DATE.exec(text)
  if (!match) return undefined
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined
}

/** YYYY-MM-DD of a Date, in UTC. */
export function formatIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10)
}

/** The date a mistyped date most likely means, as YYYY-MM-DD (2026/9/14, 2026-09-14T10:00Z), or undefined. */
export function suggestIsoDate(text: string): string | undefined {
  const match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ].*)?$/.exec(text.trim())
  if (!match) return undefined
  const candidate = `${match[1]}-${match[2]?.padStart(2, '0')}-${match[3]?.padStart(2, '0')}`
  return parseIsoDate(candidate) ? candidate : undefined
}

/** True for an ISO-8601 duration such as P18M, P1Y6M, P2W, P30D, PT12H. */
export function isIsoDuration(text: string): boolean {
  return DURATION.test(text)
}

const DATE_UNITS: [RegExp, string][] = [
  [/^(?:y|yr|yrs|years?)$/, 'Y'],
  [/^(?:mo|mos|mon|mths?|months?)$/, 'M'],
  [/^(?:w|wk|wks|weeks?)$/, 'W'],
  [/^(?:d|days?)$/, 'D'],
]
const TIME_UNITS: [RegExp, string][] = [
  [/^(?:h|hr|hrs|hours?)$/, 'H'],
  [/^(?:min|mins|minutes?)$/, 'M'],
  [/^(?:s|sec|secs|seconds?)$/, 'S'],
]
const ORDER = ['Y', 'M', 'W', 'D']
const TIME_ORDER = ['H', 'M', 'S']

/**
 * The ISO-8601 duration a free-text period means ("18 months" → P18M, "1 year and 6 months" →
 * P1Y6M, "12h" → PT12H, "p30d" → P30D), or undefined when it cannot tell.
 */
export function suggestIsoDuration(text: string): string | undefined {
  const trimmed = text.trim()
  if (isIsoDuration(trimmed.toUpperCase())) return trimmed.toUpperCase()
  const parts = trimmed
    .toLowerCase()
    .replace(/\band\b|,/g, ' ')
    .match(/\d+\s*[a-z]+/g)
  if (!parts || parts.join('').replace(/\s/g, '') !== trimmed.toLowerCase().replace(/\band\b|[,\s]/g, '')) return undefined
  const date = new Map<string, string>()
  const time = new Map<string, string>()
  for (const part of parts) {
    const [, amount, unit] = /^(\d+)\s*([a-z]+)$/.exec(part) ?? []
    if (!amount || !unit) return undefined
    const dateUnit = DATE_UNITS.find(([re]) => re.test(unit))?.[1]
    const timeUnit = TIME_UNITS.find(([re]) => re.test(unit))?.[1]
    const [target, designator] = dateUnit ? [date, dateUnit] : timeUnit ? [time, timeUnit] : [undefined, undefined]
    if (!target || !designator || target.has(designator)) return undefined
    target.set(designator, `${Number(amount)}${designator}`)
  }
  const datePart = ORDER.map((d) => date.get(d) ?? '').join('')
  const timePart = TIME_ORDER.map((d) => time.get(d) ?? '').join('')
  return `P${datePart}${timePart ? `T${timePart}` : ''}`
}
