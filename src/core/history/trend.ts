/**
 * Trends over the merge history: the last `trend` merged values of a metric or KPI with the
 * candidate as the last point, and a one-line description of it for the comment's headline.
 */
import type { Better, Evaluation, ModelPolicy } from '../types.js'
import type { HistoryEntry, HistoryLimit } from './entry.js'

/** Default number of merged values shown. */
export const DEFAULT_TREND = 20

export interface TrendPoint {
  /** Short commit SHA, or `PR` for the candidate. */
  label: string
  value: number
  candidate: boolean
}

export interface TrendSeries {
  name: string
  kind: 'metric' | 'kpi'
  better: Better
  unit?: string
  /** The floor and ceiling to draw (the candidate policy's, else the newest recorded). */
  min?: number
  max?: number
  points: TrendPoint[]
}

export interface SeriesOptions {
  model: string
  name: string
  kind?: 'metric' | 'kpi'
  /** The candidate's value; omitted, the series holds merged values only. */
  candidate?: number
  /** Number of merged values kept. Default {@link DEFAULT_TREND}. */
  trend?: number
  /** The candidate policy's gate for the metric; otherwise the newest entry's recorded one. */
  limit?: HistoryLimit
  better?: Better
}

/** The series of one metric (or KPI) of one model: merged values oldest first, then the candidate. */
export function trendSeries(entries: readonly HistoryEntry[], options: SeriesOptions): TrendSeries {
  const kind = options.kind ?? 'metric'
  const trend = Math.max(1, options.trend ?? DEFAULT_TREND)
  const merged: TrendPoint[] = []
  let recordedLimit: HistoryLimit | undefined
  let unit: string | undefined
  for (let i = entries.length - 1; i >= 0 && merged.length < trend; i--) {
    const entry = entries[i]!
    if (entry.model !== options.model) continue
    const value = kind === 'kpi' ? entry.kpis?.[options.name]?.value : entry.metrics[options.name]
    if (value === undefined || !Number.isFinite(value)) continue
    recordedLimit ??= entry.limits?.[options.name]
    if (kind === 'kpi') unit ??= entry.kpis?.[options.name]?.unit
    merged.push({ label: entry.sha.slice(0, 7), value, candidate: false })
  }
  merged.reverse()
  const points =
    options.candidate !== undefined && Number.isFinite(options.candidate)
      ? [...merged, { label: 'PR', value: options.candidate, candidate: true }]
      : merged
  const limit = options.limit ?? recordedLimit
  return {
    name: options.name,
    kind,
    better: options.better ?? limit?.better ?? 'higher',
    ...(unit !== undefined ? { unit } : {}),
    ...(limit?.min !== undefined ? { min: limit.min } : {}),
    ...(limit?.max !== undefined ? { max: limit.max } : {}),
    points,
  }
}

export interface TrendSummary {
  /** E.g. `recall: 6th drop in a row, −2.1% over 20 merges`. */
  text: string
  /** Consecutive moves in the direction of the last move (0: last step unchanged or one point). */
  streak: number
  direction: 'drop' | 'rise' | 'flat'
  /** The last move went the worse way given `better`. */
  worsening: boolean
  /** Relative change from the first to the last point, in percent (undefined from a zero start). */
  changePercent?: number
}

const MINUS = '\u2212'

/** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, ... */
export function ordinal(n: number): string {
  const tens = n % 100
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th')
  return `${n}${suffix}`
}

function signed(value: number, digits: number): string {
  let text = Math.abs(value).toFixed(digits)
  if (Number(text) === 0 && value !== 0) text = Math.abs(value).toPrecision(1)
  if (Number(text) === 0) return text
  return `${value < 0 ? MINUS : '+'}${text}`
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

/**
 * The trend in one line. Rules, for points p₀ … pₙ (the candidate last):
 * - one point: `first merge`;
 * - all equal: `unchanged over n merges`;
 * - otherwise the streak of the last move: k consecutive strict drops (or rises) ending at pₙ give
 *   `kth drop in a row` (k ≥ 2), `drop`/`rise` (k = 1), or `unchanged since the last merge` (pₙ = pₙ₋₁);
 *   then the total change pₙ against p₀, relative to |p₀| (absolute when p₀ = 0), `over n merges`.
 * `worsening` is set when the last move goes against `better` (a drop of a higher-is-better metric).
 */
export function describeTrend(name: string, values: readonly number[], better: Better): TrendSummary | undefined {
  const n = values.length - 1
  if (n < 0) return undefined
  if (n === 0) return { text: `${name}: first merge`, streak: 0, direction: 'flat', worsening: false }
  const first = values[0]!
  const last = values[n]!
  if (values.every((value) => value === first)) {
    return { text: `${name}: unchanged over ${plural(n, 'merge')}`, streak: 0, direction: 'flat', worsening: false, changePercent: 0 }
  }
  const step = Math.sign(last - values[n - 1]!)
  let streak = 0
  if (step !== 0) {
    for (let i = n; i > 0 && Math.sign(values[i]! - values[i - 1]!) === step; i--) streak++
  }
  const direction = step < 0 ? 'drop' : step > 0 ? 'rise' : 'flat'
  const moved =
    direction === 'flat' ? 'unchanged since the last merge' : streak >= 2 ? `${ordinal(streak)} ${direction} in a row` : direction
  const changePercent = first !== 0 ? ((last - first) / Math.abs(first)) * 100 : undefined
  const change = changePercent !== undefined ? `${signed(changePercent, 1)}%` : signed(last - first, 3)
  const worsening = (better === 'higher' && step < 0) || (better === 'lower' && step > 0)
  return {
    text: `${name}: ${moved}, ${change} over ${plural(n, 'merge')}`,
    streak,
    direction,
    worsening,
    ...(changePercent !== undefined ? { changePercent } : {}),
  }
}

export interface CommentTrends {
  /** One series per KPI and blocking metric that has at least one merged value. */
  series: TrendSeries[]
  /** The one-line trend of each series, worsening ones first (longest streak first). */
  lines: TrendSummary[]
}

/**
 * The trends a PR comment shows for one model: each KPI (candidate value from `kpis`) and each
 * blocking threshold/baseline metric with a numeric candidate, against the model's history.
 * Series with no merged value are left out, so no history gives no trend.
 */
export function commentTrends(
  entries: readonly HistoryEntry[],
  evaluation: Evaluation,
  options: { policy?: ModelPolicy; kpis?: Record<string, { value: number; unit?: string }>; trend?: number } = {},
): CommentTrends {
  const series: TrendSeries[] = []
  for (const [name, kpi] of Object.entries(options.kpis ?? {})) {
    series.push(
      trendSeries(entries, {
        model: evaluation.model,
        name,
        kind: 'kpi',
        candidate: kpi.value,
        ...(options.trend !== undefined ? { trend: options.trend } : {}),
      }),
    )
  }
  const seen = new Set<string>()
  for (const check of evaluation.checks) {
    if (
      (check.kind !== 'threshold' && check.kind !== 'baseline') ||
      check.severity !== 'block' ||
      check.metric === undefined ||
      seen.has(check.metric)
    )
      continue
    if (typeof check.candidate !== 'number' || !Number.isFinite(check.candidate)) continue
    seen.add(check.metric)
    const rule = options.policy?.gates.find((gate) => gate.pattern === check.gate)
    const limit = rule
      ? {
          better: rule.better,
          ...(rule.rules.min !== undefined ? { min: rule.rules.min } : {}),
          ...(rule.rules.max !== undefined ? { max: rule.rules.max } : {}),
        }
      : undefined
    series.push(
      trendSeries(entries, {
        model: evaluation.model,
        name: check.metric,
        candidate: check.candidate,
        ...(limit ? { limit } : {}),
        ...(options.trend !== undefined ? { trend: options.trend } : {}),
      }),
    )
  }
  const withHistory = series.filter((s) => s.points.some((point) => !point.candidate))
  const lines = withHistory
    .map((s) =>
      describeTrend(
        s.name,
        s.points.map((point) => point.value),
        s.better,
      ),
    )
    .filter((line): line is TrendSummary => line !== undefined)
    .sort((a, b) => Number(b.worsening) - Number(a.worsening) || b.streak - a.streak)
  return { series: withHistory, lines }
}
