/**
 * The trend of a model over its merge history, in two comment sections: a one-line headline in
 * the summary area (`recall: 6th drop in a row, −2.1% over 20 merges`) and the collapsed Mermaid
 * charts after the notes. Both are absent without history (RenderContext.history unset, or no
 * merged value of any KPI or blocking metric of the model).
 */
import type { HistoryEntry, HistoryKpi } from '../../core/history/entry.js'
import { commentTrends, type CommentTrends } from '../../core/history/trend.js'
import type { Evaluation } from '../../core/types.js'
import type { CommentSection, SectionInput } from '../comment.js'
import { inline } from '../escape.js'
import { renderTrendSection } from '../trend.js'
import { kpisOf } from '../../core/history/entry.js'

/** The merge history a comment's trends are drawn from (set as RenderContext.history on a pull request). */
export interface TrendContext {
  /** The history file's entries, oldest first (readHistory). */
  entries: readonly HistoryEntry[]
  /** Merged values shown per series (the policy's `history.trend`); default 20. */
  trend?: number
  /** The candidate's KPI values per model name (name → value), when the run has KPIs. */
  kpis?: Readonly<Record<string, Record<string, HistoryKpi>>>
}

/** Lines of the headline shown before the rest is left to the charts. */
const HEADLINE_ITEMS = 3

/** Trends by history and evaluation: both sections of one comment compute them once. */
const computed = new WeakMap<TrendContext, WeakMap<Evaluation, CommentTrends>>()

/** The model's trends (computed once for both sections), or undefined without history. */
function trendsOf({ ev, result, ctx }: SectionInput): CommentTrends | undefined {
  const history = ctx.history
  if (!history || history.entries.length === 0) return undefined
  let byEvaluation = computed.get(history)
  if (!byEvaluation) computed.set(history, (byEvaluation = new WeakMap()))
  let trends = byEvaluation.get(ev)
  if (!trends) {
    const policy = result.policy?.models.find((model) => model.name === ev.model)
    trends = commentTrends(history.entries, ev, {
      ...(policy ? { policy } : {}),
      kpis: history.kpis?.[ev.model] ?? kpisOf(ev),
      ...(history.trend !== undefined ? { trend: history.trend } : {}),
    })
    byEvaluation.set(ev, trends)
  }
  return trends.series.length > 0 ? trends : undefined
}

/** The most recent merged values any series shows (the window the charts cover). */
function mergedCount(trends: CommentTrends): number {
  return Math.max(...trends.series.map((series) => series.points.filter((point) => !point.candidate).length))
}

/** `**Trend:** recall: 6th drop in a row, −2.1% over 20 merges · precision: rise, …`, worsening first. */
export const trendHeadline: CommentSection = {
  id: 'trend-headline',
  render(input) {
    const trends = trendsOf(input)
    if (!trends || trends.lines.length === 0) return undefined
    const shown = trends.lines.slice(0, HEADLINE_ITEMS).map((line) => inline(line.text))
    const rest = trends.lines.length - shown.length
    return `**Trend:** ${shown.join(' · ')}${rest > 0 ? ` · and ${rest} more in the charts below` : ''}`
  },
}

/** The collapsed `<details>` with one Mermaid `xychart-beta` per KPI and blocking metric. */
export const trendCharts: CommentSection = {
  id: 'trend',
  render(input) {
    const trends = trendsOf(input)
    if (!trends) return undefined
    const merges = mergedCount(trends)
    const count = trends.series.length
    const headline = `Trend over the last ${merges} merge${merges === 1 ? '' : 's'} (${count} chart${count === 1 ? '' : 's'})`
    return renderTrendSection(trends.series, { headline }).trimEnd() || undefined
  },
}
