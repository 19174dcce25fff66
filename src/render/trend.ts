/**
 * The trend section of the PR comment: one Mermaid `xychart-beta` chart per metric or KPI (the
 * merged values with the candidate last, and the gate's floor/ceiling as constant lines), inside
 * a collapsed `<details>`. GitHub renders Mermaid code blocks in comments.
 */
import type { TrendSeries } from '../core/history/trend.js'
import { html } from './escape.js'

/**
 * Text for a quoted Mermaid string: letters, digits and a few punctuation marks pass, anything
 * else (quotes, brackets, `#` entity starts, `%%` comments, backticks, line breaks) becomes `_`,
 * so no metric name can end the string, the chart, or the Markdown code fence.
 */
export function mermaidText(text: string, maxLength = 60): string {
  const safe = text
    .replace(/[^\p{L}\p{N} ._:/+\-=,()]/gu, '_')
    .replace(/\s+/g, ' ')
    .trim()
  const cut = [...safe]
  return cut.length > maxLength ? `${cut.slice(0, maxLength - 1).join('')}…` : safe || '_'
}

/** A number as Mermaid's grammar reads it: plain decimal notation, no exponent. */
export function mermaidNumber(value: number): string {
  const rounded = Number(value.toPrecision(6))
  const text = String(rounded)
  if (!/e/i.test(text)) return text
  if (Math.abs(rounded) >= 1e21) return BigInt(rounded).toString()
  const fixed = rounded.toFixed(20).replace(/0+$/, '').replace(/\.$/, '')
  return /^-?0$/.test(fixed) ? '0' : fixed
}

/** The y-axis range: every value and threshold, padded by 10% of the span (or of |value| when flat). */
export function yRange(values: readonly number[]): [number, number] {
  const low = Math.min(...values)
  const high = Math.max(...values)
  const span = high - low
  const pad = span > 0 ? span * 0.1 : Math.abs(high) > 0 ? Math.abs(high) * 0.05 : 1
  return [low - pad, high + pad]
}

/** One chart as Mermaid source (no code fence); undefined for a series with no point. */
export function trendChart(series: TrendSeries): string | undefined {
  if (series.points.length === 0) return undefined
  const values = series.points.map((point) => point.value)
  const thresholds = [series.min, series.max].filter((limit): limit is number => limit !== undefined && Number.isFinite(limit))
  const [low, high] = yRange([...values, ...thresholds])
  const title = series.unit ? `${series.name} (${series.unit})` : series.name
  const lines = [
    'xychart-beta',
    `  title "${mermaidText(title)}"`,
    `  x-axis [${series.points.map((point) => `"${mermaidText(point.label, 12)}"`).join(', ')}]`,
    `  y-axis "${mermaidText(series.name, 30)}" ${mermaidNumber(low)} --> ${mermaidNumber(high)}`,
    `  line [${values.map(mermaidNumber).join(', ')}]`,
    ...thresholds.map((limit) => `  line [${values.map(() => mermaidNumber(limit)).join(', ')}]`),
  ]
  return lines.join('\n')
}

/**
 * The collapsed trend section for the comment, with one chart per series that has a merged value
 * (the candidate alone is no trend). Empty string when there is none: the section is left out.
 */
export function renderTrendSection(series: readonly TrendSeries[], options: { headline?: string } = {}): string {
  const charts = series
    .filter((s) => s.points.some((point) => !point.candidate))
    .map(trendChart)
    .filter((chart): chart is string => chart !== undefined)
  if (charts.length === 0) return ''
  const count = charts.length
  const summary = options.headline ?? `Trend over the last merges (${count} chart${count === 1 ? '' : 's'})`
  const blocks = charts.map((chart) => `\`\`\`mermaid\n${chart}\n\`\`\``)
  return [
    '<details>',
    `<summary>${html(summary)}</summary>`,
    '',
    "The line is the value at each merge, the candidate last (`PR`); a flat line is the gate's threshold.",
    '',
    blocks.join('\n\n'),
    '',
    '</details>',
    '',
  ].join('\n')
}
