/**
 * Inline SVG line charts for the dashboard, drawn here (no library, no script): the values over
 * time, the gate's threshold as a dashed step line, advisory periods shaded, overrides and
 * blocked runs marked. Long series are downsampled (min and max of each bucket kept) so a chart
 * of 5,000 merges stays a few hundred points.
 */
import { esc, formatValue } from './html.js'

export interface ChartPoint {
  /** Milliseconds since the epoch (or a merge number). */
  x: number
  y: number
  /** The gate's floor or ceiling at that run. */
  threshold?: number
  advisory?: boolean
  override?: string
  blocked?: boolean
  /** Tooltip text (commit, date). */
  label: string
}

export interface ChartOptions {
  title: string
  unit?: string
  width?: number
  height?: number
  /** Most points drawn in the value line. Default 400. */
  maxPoints?: number
}

/** Indices kept from `n` values: all when n ≤ max, else the first, last, and each bucket's min and max. */
export function downsample(values: readonly number[], max: number): number[] {
  const n = values.length
  if (n <= max) return values.map((_, i) => i)
  const buckets = Math.max(1, Math.floor((max - 2) / 2))
  const kept = new Set<number>([0, n - 1])
  for (let b = 0; b < buckets; b++) {
    const start = 1 + Math.floor((b * (n - 2)) / buckets)
    const end = 1 + Math.floor(((b + 1) * (n - 2)) / buckets)
    let lo = start
    let hi = start
    for (let i = start; i < end; i++) {
      if (values[i]! < values[lo]!) lo = i
      if (values[i]! > values[hi]!) hi = i
    }
    if (start < end) kept.add(lo).add(hi)
  }
  return [...kept].sort((a, b) => a - b)
}

/** Round axis ticks covering [low, high]. */
export function ticks(low: number, high: number, count = 5): number[] {
  if (!(high > low)) return [low]
  const raw = (high - low) / count
  const magnitude = 10 ** Math.floor(Math.log10(raw))
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * magnitude >= raw) ?? 10) * magnitude
  const out: number[] = []
  for (let t = Math.ceil(low / step) * step; t <= high + step * 1e-9; t += step) out.push(Number(t.toPrecision(12)))
  return out
}

const fmt = (n: number): string => (Math.round(n * 10) / 10).toString()

/** One chart as an `<svg>` element string; an empty-state `<p>` when there is no point. */
export function lineChart(points: readonly ChartPoint[], options: ChartOptions): string {
  if (points.length === 0) return `<p class="empty">No values recorded for ${esc(options.title)}.</p>`
  const width = options.width ?? 640
  const height = options.height ?? 220
  const ys = points.flatMap((p) => (p.threshold !== undefined ? [p.y, p.threshold] : [p.y]))
  let low = Math.min(...ys)
  let high = Math.max(...ys)
  const span = high - low || Math.abs(high) * 0.1 || 1
  low -= span * 0.08
  high += span * 0.08
  const tickValues = ticks(low, high)
  const widest = Math.max(...tickValues.map((t) => formatValue(t).length))
  const pad = { left: Math.max(40, 12 + widest * 6.5), right: 12, top: 28, bottom: 28 }
  const x0 = points[0]!.x
  const x1 = points[points.length - 1]!.x
  const sx = (x: number): number =>
    pad.left + (x1 > x0 ? ((x - x0) / (x1 - x0)) * (width - pad.left - pad.right) : (width - pad.left - pad.right) / 2)
  const sy = (y: number): number => pad.top + (1 - (y - low) / (high - low)) * (height - pad.top - pad.bottom)

  const parts: string[] = []
  // Advisory periods: runs of consecutive advisory points, shaded.
  for (let i = 0; i < points.length; i++) {
    if (!points[i]!.advisory) continue
    let j = i
    while (j + 1 < points.length && points[j + 1]!.advisory) j++
    const a = sx(points[i]!.x) - 2
    const b = sx(points[j]!.x) + 2
    parts.push(
      `<rect class="advisory" x="${fmt(a)}" y="${pad.top}" width="${fmt(Math.max(b - a, 4))}" height="${height - pad.top - pad.bottom}"><title>advisory mode</title></rect>`,
    )
    i = j
  }
  for (const t of tickValues) {
    parts.push(
      `<line class="grid" x1="${pad.left}" x2="${width - pad.right}" y1="${fmt(sy(t))}" y2="${fmt(sy(t))}"/>`,
      `<text class="tick" x="${pad.left - 6}" y="${fmt(sy(t) + 4)}" text-anchor="end">${esc(formatValue(t))}</text>`,
    )
  }
  const firstDate = new Date(x0)
  const lastDate = new Date(x1)
  if (!Number.isNaN(firstDate.getTime()) && x0 > 1e11) {
    parts.push(
      `<text class="tick" x="${pad.left}" y="${height - 8}">${firstDate.toISOString().slice(0, 10)}</text>`,
      `<text class="tick" x="${width - pad.right}" y="${height - 8}" text-anchor="end">${lastDate.toISOString().slice(0, 10)}</text>`,
    )
  }
  // Threshold: a step line through the points that have one.
  const withThreshold = points.filter((p) => p.threshold !== undefined)
  if (withThreshold.length > 0) {
    const kept = downsample(
      withThreshold.map((p) => p.threshold!),
      options.maxPoints ?? 400,
    ).map((i) => withThreshold[i]!)
    let d = ''
    kept.forEach((p, i) => {
      d += i === 0 ? `M${fmt(sx(p.x))},${fmt(sy(p.threshold!))}` : `H${fmt(sx(p.x))}V${fmt(sy(p.threshold!))}`
    })
    const last = kept[kept.length - 1]!
    parts.push(
      `<path class="threshold" d="${d}H${fmt(Math.max(sx(last.x), width - pad.right))}"><title>threshold ${esc(formatValue(last.threshold!, options.unit))}</title></path>`,
    )
  }
  const kept = downsample(
    points.map((p) => p.y),
    options.maxPoints ?? 400,
  ).map((i) => points[i]!)
  parts.push(`<polyline class="value" points="${kept.map((p) => `${fmt(sx(p.x))},${fmt(sy(p.y))}`).join(' ')}"/>`)
  for (const p of points) {
    if (p.override !== undefined) {
      parts.push(
        `<g class="override"><line x1="${fmt(sx(p.x))}" x2="${fmt(sx(p.x))}" y1="${pad.top}" y2="${height - pad.bottom}"/><circle cx="${fmt(sx(p.x))}" cy="${fmt(sy(p.y))}" r="4"/><title>override by ${esc(p.override)}: ${esc(p.label)}</title></g>`,
      )
    } else if (p.blocked) {
      parts.push(`<circle class="blocked" cx="${fmt(sx(p.x))}" cy="${fmt(sy(p.y))}" r="3"><title>blocked: ${esc(p.label)}</title></circle>`)
    }
  }
  const last = points[points.length - 1]!
  parts.push(
    `<circle class="last" cx="${fmt(sx(last.x))}" cy="${fmt(sy(last.y))}" r="3.5"><title>${esc(formatValue(last.y, options.unit))} — ${esc(last.label)}</title></circle>`,
  )
  const title = `${options.title}${options.unit ? ` (${options.unit})` : ''}`
  return [
    `<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(title)}">`,
    `<text class="title" x="${pad.left}" y="18">${esc(title)}</text>`,
    `<text class="latest" x="${width - pad.right}" y="18" text-anchor="end">${esc(formatValue(last.y, options.unit))}</text>`,
    ...parts,
    '</svg>',
  ].join('')
}
