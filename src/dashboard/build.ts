/**
 * The static dashboard: `index.html` (every model at a glance) and `models/<slug>.html` (one
 * model's KPIs and gated metrics over time, thresholds drawn, overrides and advisory periods
 * marked, declarations and the next review). Plain HTML and inline SVG with inline styles and no
 * script at all, so it works from `file://` and loads nothing (a CSP forbids any fetch).
 */
import type { HistoryEntry } from '../core/history/entry.js'
import { describeTrend } from '../core/history/trend.js'
import { lineChart, type ChartPoint } from './chart.js'
import { esc, formatValue } from './html.js'

export interface DashboardOptions {
  /** Page title. Default `model-gate dashboard`. */
  title?: string
  /** ISO time the site is built (injected), for "overdue" and the footer. Default: the newest entry's time. */
  now?: string
  /** A review due within this many days is flagged. Default 30. */
  reviewWarningDays?: number
  /** Most points per chart line. Default 400. */
  maxPoints?: number
  /** Merges the headline trend text covers. Default 20. */
  trend?: number
}

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

const STYLE = `
:root{--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--bg:#fff;--card:#f6f8fa;--ok:#1a7f37;--bad:#cf222e;--warn:#9a6700;--accent:#0969da}
*{box-sizing:border-box}body{margin:0;font:14px/1.5 -apple-system,"Segoe UI",Helvetica,Arial,sans-serif;color:var(--fg);background:var(--bg)}
header{padding:16px 32px;border-bottom:1px solid var(--line);background:var(--card)}header h1{margin:0;font-size:22px}header p{margin:4px 0 0;color:var(--muted)}
main{padding:16px 32px;max-width:1400px}h2{font-size:17px;margin:28px 0 10px;border-bottom:1px solid var(--line);padding-bottom:4px}
a{color:var(--accent);text-decoration:none}a:hover{text-decoration:underline}
.cards{display:flex;flex-wrap:wrap;gap:12px}.card{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:10px 14px;min-width:150px}
.card .k{color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.04em}.card .v{font-size:18px;font-weight:600}
.approved{color:var(--ok)}.blocked,.error,.overdue{color:var(--bad)}.soon,.advisory-text{color:var(--warn)}
table{border-collapse:collapse;margin:6px 0}th,td{border:1px solid var(--line);padding:5px 10px;text-align:left;vertical-align:top}th{background:var(--card)}td.num{text-align:right;font-variant-numeric:tabular-nums}
.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(520px,1fr));gap:12px}
.chart{background:#fff;border:1px solid var(--line);border-radius:8px;width:100%;height:auto}
.chart .title{font-weight:600;font-size:13px;fill:var(--fg)}.chart .latest{font-size:13px;font-weight:600;fill:var(--accent)}
.chart .tick{font-size:11px;fill:var(--muted)}.chart .grid{stroke:#eef1f4}.chart .value{fill:none;stroke:var(--accent);stroke-width:1.8}
.chart .threshold{fill:none;stroke:var(--bad);stroke-width:1.4;stroke-dasharray:5 4}.chart .advisory{fill:#fff8c5;opacity:.8}
.chart .override line{stroke:#bf8700;stroke-width:1.2;stroke-dasharray:2 2}.chart .override circle{fill:#bf8700}.chart .blocked{fill:var(--bad)}.chart .last{fill:var(--accent)}
.legend{color:var(--muted);font-size:12px}.legend span{margin-right:14px}.sw{display:inline-block;width:18px;height:3px;vertical-align:middle;margin-right:4px}
.empty{color:var(--muted)}code{font:12px ui-monospace,SFMono-Regular,Menlo,monospace;background:var(--card);padding:1px 4px;border-radius:4px}
footer{padding:16px 32px;color:var(--muted);font-size:12px;border-top:1px solid var(--line);margin-top:32px}
`

function page(title: string, subtitle: string, body: string, footer: string): string {
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(title)}</title><style>${STYLE}</style></head><body>`,
    `<header><h1>${esc(title)}</h1><p>${subtitle}</p></header>`,
    `<main>${body}</main>`,
    `<footer>${footer}</footer>`,
    '</body></html>',
  ].join('\n')
}

/** A file-name-safe slug per model, unique among `models`. */
export function modelSlugs(models: readonly string[]): Map<string, string> {
  const used = new Set<string>()
  const out = new Map<string, string>()
  for (const model of models) {
    const base =
      model
        .toLowerCase()
        .normalize('NFKD')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 60) || 'model'
    let slug = base
    for (let i = 2; used.has(slug); i++) slug = `${base}-${i}`
    used.add(slug)
    out.set(model, slug)
  }
  return out
}

const DAY = 86_400_000

function reviewState(nextReview: string | undefined, now: number, warningDays: number): { text: string; cls: string } {
  if (!nextReview) return { text: 'not declared', cls: 'soon' }
  const due = Date.parse(nextReview)
  if (Number.isNaN(due)) return { text: esc(nextReview), cls: '' }
  const days = Math.floor((due - now) / DAY)
  if (days < 0) return { text: `${esc(nextReview)} (overdue by ${-days} day${days === -1 ? '' : 's'})`, cls: 'overdue' }
  if (days <= warningDays) return { text: `${esc(nextReview)} (in ${days} day${days === 1 ? '' : 's'})`, cls: 'soon' }
  return { text: esc(nextReview), cls: '' }
}

function names(entries: readonly HistoryEntry[], pick: (e: HistoryEntry) => Record<string, unknown> | undefined): string[] {
  const seen = new Set<string>()
  for (const entry of entries) for (const name of Object.keys(pick(entry) ?? {})) seen.add(name)
  return [...seen]
}

function xOf(entry: HistoryEntry, index: number): number {
  const t = Date.parse(entry.time)
  return Number.isNaN(t) ? index : t
}

function label(entry: HistoryEntry): string {
  return `${entry.sha.slice(0, 7)} · ${entry.time.slice(0, 16).replace('T', ' ')}`
}

function thresholdOf(entry: HistoryEntry, name: string): number | undefined {
  const limit = entry.limits?.[name]
  if (!limit) return undefined
  return limit.better === 'lower' ? (limit.max ?? limit.min) : (limit.min ?? limit.max)
}

function metricPoints(entries: readonly HistoryEntry[], name: string, kind: 'metric' | 'kpi'): ChartPoint[] {
  const points: ChartPoint[] = []
  entries.forEach((entry, i) => {
    const y = kind === 'kpi' ? entry.kpis?.[name]?.value : entry.metrics[name]
    if (y === undefined || !Number.isFinite(y)) return
    const threshold = kind === 'metric' ? thresholdOf(entry, name) : undefined
    points.push({
      x: xOf(entry, i),
      y,
      label: label(entry),
      ...(threshold !== undefined ? { threshold } : {}),
      ...(entry.mode === 'advisory' ? { advisory: true } : {}),
      ...(entry.override ? { override: entry.override.by } : {}),
      ...(entry.verdict !== 'approved' ? { blocked: true } : {}),
    })
  })
  return points
}

/** Runs of consecutive advisory entries as [first, last] entries. */
function advisoryPeriods(entries: readonly HistoryEntry[]): [HistoryEntry, HistoryEntry][] {
  const out: [HistoryEntry, HistoryEntry][] = []
  for (let i = 0; i < entries.length; i++) {
    if (entries[i]!.mode !== 'advisory') continue
    let j = i
    while (j + 1 < entries.length && entries[j + 1]!.mode === 'advisory') j++
    out.push([entries[i]!, entries[j]!])
    i = j
  }
  return out
}

const LEGEND =
  '<p class="legend"><span><i class="sw" style="background:#0969da"></i>value at each merge</span><span><i class="sw" style="background:#cf222e"></i>threshold (dashed)</span><span><i class="sw" style="background:#fff8c5;height:10px"></i>advisory mode</span><span><i class="sw" style="background:#bf8700"></i>override</span><span>● red: blocked run</span></p>'

function modelPage(
  model: string,
  entries: readonly HistoryEntry[],
  options: Required<Omit<DashboardOptions, 'now'>> & { now: number; generated: string },
): string {
  const latest = entries[entries.length - 1]!
  const review = reviewState(latest.declarations?.nextReview, options.now, options.reviewWarningDays)
  const declarations = latest.declarations
    ? latest.declarations.ok
      ? '<span class="approved">sound</span>'
      : `<span class="blocked">${latest.declarations.problems} problem${latest.declarations.problems === 1 ? '' : 's'}</span>`
    : '<span class="soon">none recorded</span>'
  const card = (k: string, v: string): string => `<div class="card"><div class="k">${k}</div><div class="v">${v}</div></div>`
  const body: string[] = [
    '<p><a href="../index.html">← all models</a></p>',
    '<div class="cards">',
    card('Latest verdict', `<span class="${latest.verdict}">${latest.verdict}</span>`),
    card('Mode', latest.mode === 'advisory' ? '<span class="advisory-text">advisory</span>' : 'enforce'),
    card('Merges recorded', String(entries.length)),
    card('Last merge', `<code>${esc(latest.sha.slice(0, 7))}</code> ${esc(latest.time.slice(0, 10))}`),
    card('Declarations', declarations),
    card('Next review', `<span class="${review.cls}">${review.text}</span>`),
    '</div>',
  ]
  const kpis = names(entries, (e) => e.kpis)
  const metrics = names(entries, (e) => e.metrics)
  const charts = (list: string[], kind: 'metric' | 'kpi'): string =>
    `<div class="charts">${list
      .map((name) => {
        const points = metricPoints(entries, name, kind)
        const unit = kind === 'kpi' ? [...entries].reverse().find((e) => e.kpis?.[name]?.unit)?.kpis?.[name]?.unit : undefined
        return lineChart(points, { title: name, ...(unit ? { unit } : {}), maxPoints: options.maxPoints })
      })
      .join('\n')}</div>`
  if (kpis.length > 0) body.push('<h2>KPIs</h2>', LEGEND, charts(kpis, 'kpi'))
  body.push('<h2>Gated metrics</h2>')
  if (metrics.length === 0) body.push('<p class="empty">No gated metric recorded.</p>')
  else {
    body.push('<table><tr><th>Metric</th><th>Latest</th><th>Threshold</th><th>Trend</th></tr>')
    for (const name of metrics) {
      const points = metricPoints(entries, name, 'metric')
      const last = points[points.length - 1]
      const threshold = thresholdOf(latest, name)
      const better = latest.limits?.[name]?.better ?? 'higher'
      const trend = describeTrend(
        name,
        points.slice(-(options.trend + 1)).map((p) => p.y),
        better,
      )
      const bound = threshold === undefined ? '—' : `${better === 'lower' ? '≤' : '≥'} ${esc(formatValue(threshold))}`
      body.push(
        `<tr><td><code>${esc(name)}</code></td><td class="num">${last ? esc(formatValue(last.y)) : '—'}</td><td class="num">${bound}</td><td>${trend ? esc(trend.text.slice(name.length + 2)) : ''}</td></tr>`,
      )
    }
    body.push('</table>', LEGEND, charts(metrics, 'metric'))
  }
  const overrides = entries.filter((e) => e.override)
  body.push('<h2>Overrides</h2>')
  if (overrides.length === 0) body.push('<p class="empty">No override.</p>')
  else {
    body.push('<table><tr><th>Merge</th><th>By</th><th>Reason</th></tr>')
    for (const e of overrides.slice(-50).reverse())
      body.push(
        `<tr><td><code>${esc(e.sha.slice(0, 7))}</code> ${esc(e.time.slice(0, 10))}</td><td>${esc(e.override!.by)}</td><td>${esc(e.override!.reason ?? '')}</td></tr>`,
      )
    body.push('</table>')
    if (overrides.length > 50) body.push(`<p class="empty">The 50 newest of ${overrides.length} overrides.</p>`)
  }
  const periods = advisoryPeriods(entries)
  body.push('<h2>Advisory periods</h2>')
  body.push(
    periods.length === 0
      ? '<p class="empty">Always enforced.</p>'
      : `<ul>${periods.map(([a, b]) => `<li>${esc(a.time.slice(0, 10))} – ${esc(b.time.slice(0, 10))} (<code>${esc(a.sha.slice(0, 7))}</code>…<code>${esc(b.sha.slice(0, 7))}</code>)</li>`).join('')}</ul>`,
  )
  return page(
    `${options.title}: ${model}`,
    `${entries.length} merges from ${esc(entries[0]!.time.slice(0, 10))} to ${esc(latest.time.slice(0, 10))}`,
    body.join('\n'),
    `Generated ${esc(options.generated)} by model-gate.`,
  )
}

/**
 * The dashboard's files, path (relative, `/`-separated) → HTML. Entries are taken in file order
 * (merge order); each model gets its own page. No entry: an index saying so.
 */
export function buildDashboard(entries: readonly HistoryEntry[], options: DashboardOptions = {}): Map<string, string> {
  const title = options.title ?? 'model-gate dashboard'
  const generated = options.now ?? entries[entries.length - 1]?.time ?? ''
  const now = Date.parse(generated)
  const settings = {
    title,
    reviewWarningDays: options.reviewWarningDays ?? 30,
    maxPoints: options.maxPoints ?? 400,
    trend: options.trend ?? 20,
    now: Number.isNaN(now) ? 0 : now,
    generated,
  }
  const byModel = new Map<string, HistoryEntry[]>()
  for (const entry of entries) byModel.set(entry.model, [...(byModel.get(entry.model) ?? []), entry])
  const slugs = modelSlugs([...byModel.keys()])
  const files = new Map<string, string>()
  const rows: string[] = []
  for (const [model, list] of byModel) {
    const slug = slugs.get(model)!
    files.set(`models/${slug}.html`, modelPage(model, list, settings))
    const latest = list[list.length - 1]!
    const review = reviewState(latest.declarations?.nextReview, settings.now, settings.reviewWarningDays)
    const worst = Object.keys(latest.metrics)
      .map((name) => {
        const values = list
          .slice(-(settings.trend + 1))
          .map((e) => e.metrics[name])
          .filter((v): v is number => v !== undefined)
        return describeTrend(name, values, latest.limits?.[name]?.better ?? 'higher')
      })
      .filter((t) => t?.worsening)
      .sort((a, b) => b!.streak - a!.streak)[0]
    rows.push(
      `<tr><td><a href="models/${slug}.html">${esc(model)}</a></td><td class="${latest.verdict}">${latest.verdict}</td><td>${latest.mode}</td><td class="num">${list.length}</td><td><code>${esc(latest.sha.slice(0, 7))}</code> ${esc(latest.time.slice(0, 10))}</td><td>${latest.declarations ? (latest.declarations.ok ? '<span class="approved">sound</span>' : `<span class="blocked">${latest.declarations.problems} problem(s)</span>`) : '—'}</td><td class="${review.cls}">${review.text}</td><td>${worst ? esc(worst.text) : ''}</td></tr>`,
    )
  }
  const body =
    rows.length === 0
      ? '<p class="empty">No merged run recorded yet: the history is empty.</p>'
      : `<table><tr><th>Model</th><th>Verdict</th><th>Mode</th><th>Merges</th><th>Last merge</th><th>Declarations</th><th>Next review</th><th>Watch</th></tr>${rows.join('\n')}</table>`
  files.set(
    'index.html',
    page(
      title,
      `${entries.length} merged runs, ${byModel.size} model${byModel.size === 1 ? '' : 's'}`,
      body,
      `Generated ${esc(generated)} by model-gate.`,
    ),
  )
  return files
}
