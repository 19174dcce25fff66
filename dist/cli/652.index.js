export const id = 652;
export const ids = [652];
export const modules = {

/***/ 7652:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DASHBOARD_USAGE: () => (/* binding */ DASHBOARD_USAGE),
  runDashboard: () => (/* binding */ runDashboard)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/core/history/entry.ts
var entry = __webpack_require__(4908);
// EXTERNAL MODULE: ./src/core/history/trend.ts
var history_trend = __webpack_require__(1019);
;// CONCATENATED MODULE: ./src/dashboard/html.ts
/** HTML text escaping for the dashboard: repository text (model and metric names) is never markup. */
function esc(text) {
    return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch);
}
/** A number for display: up to 4 significant digits, thousands grouped. */
function formatValue(value, unit) {
    const abs = Math.abs(value);
    const text = abs !== 0 && (abs >= 1e9 || abs < 1e-4)
        ? value.toExponential(2)
        : abs >= 1000
            ? Math.round(value).toLocaleString('en-US')
            : String(Number(value.toPrecision(4)));
    return unit ? `${text} ${unit}` : text;
}

;// CONCATENATED MODULE: ./src/dashboard/chart.ts
/**
 * Inline SVG line charts for the dashboard, drawn here (no library, no script): the values over
 * time, the gate's threshold as a dashed step line, advisory periods shaded, overrides and
 * blocked runs marked. Long series are downsampled (min and max of each bucket kept) so a chart
 * of 5,000 merges stays a few hundred points.
 */

/** Indices kept from `n` values: all when n ≤ max, else the first, last, and each bucket's min and max. */
function downsample(values, max) {
    const n = values.length;
    if (n <= max)
        return values.map((_, i) => i);
    const buckets = Math.max(1, Math.floor((max - 2) / 2));
    const kept = new Set([0, n - 1]);
    for (let b = 0; b < buckets; b++) {
        const start = 1 + Math.floor((b * (n - 2)) / buckets);
        const end = 1 + Math.floor(((b + 1) * (n - 2)) / buckets);
        let lo = start;
        let hi = start;
        for (let i = start; i < end; i++) {
            if (values[i] < values[lo])
                lo = i;
            if (values[i] > values[hi])
                hi = i;
        }
        if (start < end)
            kept.add(lo).add(hi);
    }
    return [...kept].sort((a, b) => a - b);
}
/** Round axis ticks covering [low, high]. */
function ticks(low, high, count = 5) {
    if (!(high > low))
        return [low];
    const raw = (high - low) / count;
    const magnitude = 10 ** Math.floor(Math.log10(raw));
    const step = ([1, 2, 2.5, 5, 10].find((m) => m * magnitude >= raw) ?? 10) * magnitude;
    const out = [];
    for (let t = Math.ceil(low / step) * step; t <= high + step * 1e-9; t += step)
        out.push(Number(t.toPrecision(12)));
    return out;
}
const fmt = (n) => (Math.round(n * 10) / 10).toString();
/** One chart as an `<svg>` element string; an empty-state `<p>` when there is no point. */
function lineChart(points, options) {
    if (points.length === 0)
        return `<p class="empty">No values recorded for ${esc(options.title)}.</p>`;
    const width = options.width ?? 640;
    const height = options.height ?? 220;
    const ys = points.flatMap((p) => (p.threshold !== undefined ? [p.y, p.threshold] : [p.y]));
    let low = Math.min(...ys);
    let high = Math.max(...ys);
    const span = high - low || Math.abs(high) * 0.1 || 1;
    low -= span * 0.08;
    high += span * 0.08;
    const tickValues = ticks(low, high);
    const widest = Math.max(...tickValues.map((t) => formatValue(t).length));
    const pad = { left: Math.max(40, 12 + widest * 6.5), right: 12, top: 28, bottom: 28 };
    const x0 = points[0].x;
    const x1 = points[points.length - 1].x;
    const sx = (x) => pad.left + (x1 > x0 ? ((x - x0) / (x1 - x0)) * (width - pad.left - pad.right) : (width - pad.left - pad.right) / 2);
    const sy = (y) => pad.top + (1 - (y - low) / (high - low)) * (height - pad.top - pad.bottom);
    const parts = [];
    // Advisory periods: runs of consecutive advisory points, shaded.
    for (let i = 0; i < points.length; i++) {
        if (!points[i].advisory)
            continue;
        let j = i;
        while (j + 1 < points.length && points[j + 1].advisory)
            j++;
        const a = sx(points[i].x) - 2;
        const b = sx(points[j].x) + 2;
        parts.push(`<rect class="advisory" x="${fmt(a)}" y="${pad.top}" width="${fmt(Math.max(b - a, 4))}" height="${height - pad.top - pad.bottom}"><title>advisory mode</title></rect>`);
        i = j;
    }
    for (const t of tickValues) {
        parts.push(`<line class="grid" x1="${pad.left}" x2="${width - pad.right}" y1="${fmt(sy(t))}" y2="${fmt(sy(t))}"/>`, `<text class="tick" x="${pad.left - 6}" y="${fmt(sy(t) + 4)}" text-anchor="end">${esc(formatValue(t))}</text>`);
    }
    const firstDate = new Date(x0);
    const lastDate = new Date(x1);
    if (!Number.isNaN(firstDate.getTime()) && x0 > 1e11) {
        parts.push(`<text class="tick" x="${pad.left}" y="${height - 8}">${firstDate.toISOString().slice(0, 10)}</text>`, `<text class="tick" x="${width - pad.right}" y="${height - 8}" text-anchor="end">${lastDate.toISOString().slice(0, 10)}</text>`);
    }
    // Threshold: a step line through the points that have one.
    const withThreshold = points.filter((p) => p.threshold !== undefined);
    if (withThreshold.length > 0) {
        const kept = downsample(withThreshold.map((p) => p.threshold), options.maxPoints ?? 400).map((i) => withThreshold[i]);
        let d = '';
        kept.forEach((p, i) => {
            d += i === 0 ? `M${fmt(sx(p.x))},${fmt(sy(p.threshold))}` : `H${fmt(sx(p.x))}V${fmt(sy(p.threshold))}`;
        });
        const last = kept[kept.length - 1];
        parts.push(`<path class="threshold" d="${d}H${fmt(Math.max(sx(last.x), width - pad.right))}"><title>threshold ${esc(formatValue(last.threshold, options.unit))}</title></path>`);
    }
    const kept = downsample(points.map((p) => p.y), options.maxPoints ?? 400).map((i) => points[i]);
    parts.push(`<polyline class="value" points="${kept.map((p) => `${fmt(sx(p.x))},${fmt(sy(p.y))}`).join(' ')}"/>`);
    for (const p of points) {
        if (p.override !== undefined) {
            parts.push(`<g class="override"><line x1="${fmt(sx(p.x))}" x2="${fmt(sx(p.x))}" y1="${pad.top}" y2="${height - pad.bottom}"/><circle cx="${fmt(sx(p.x))}" cy="${fmt(sy(p.y))}" r="4"/><title>override by ${esc(p.override)}: ${esc(p.label)}</title></g>`);
        }
        else if (p.blocked) {
            parts.push(`<circle class="blocked" cx="${fmt(sx(p.x))}" cy="${fmt(sy(p.y))}" r="3"><title>blocked: ${esc(p.label)}</title></circle>`);
        }
    }
    const last = points[points.length - 1];
    parts.push(`<circle class="last" cx="${fmt(sx(last.x))}" cy="${fmt(sy(last.y))}" r="3.5"><title>${esc(formatValue(last.y, options.unit))} — ${esc(last.label)}</title></circle>`);
    const title = `${options.title}${options.unit ? ` (${options.unit})` : ''}`;
    return [
        `<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(title)}">`,
        `<text class="title" x="${pad.left}" y="18">${esc(title)}</text>`,
        `<text class="latest" x="${width - pad.right}" y="18" text-anchor="end">${esc(formatValue(last.y, options.unit))}</text>`,
        ...parts,
        '</svg>',
    ].join('');
}

;// CONCATENATED MODULE: ./src/dashboard/build.ts



const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
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
`;
function page(title, subtitle, body, footer) {
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
    ].join('\n');
}
/** A file-name-safe slug per model, unique among `models`. */
function modelSlugs(models) {
    const used = new Set();
    const out = new Map();
    for (const model of models) {
        const base = model
            .toLowerCase()
            .normalize('NFKD')
            .replace(/[^a-z0-9]+/g, '-')
            .replace(/^-+|-+$/g, '')
            .slice(0, 60) || 'model';
        let slug = base;
        for (let i = 2; used.has(slug); i++)
            slug = `${base}-${i}`;
        used.add(slug);
        out.set(model, slug);
    }
    return out;
}
const DAY = 86_400_000;
function reviewState(nextReview, now, warningDays) {
    if (!nextReview)
        return { text: 'not declared', cls: 'soon' };
    const due = Date.parse(nextReview);
    if (Number.isNaN(due))
        return { text: esc(nextReview), cls: '' };
    const days = Math.floor((due - now) / DAY);
    if (days < 0)
        return { text: `${esc(nextReview)} (overdue by ${-days} day${days === -1 ? '' : 's'})`, cls: 'overdue' };
    if (days <= warningDays)
        return { text: `${esc(nextReview)} (in ${days} day${days === 1 ? '' : 's'})`, cls: 'soon' };
    return { text: esc(nextReview), cls: '' };
}
function names(entries, pick) {
    const seen = new Set();
    for (const entry of entries)
        for (const name of Object.keys(pick(entry) ?? {}))
            seen.add(name);
    return [...seen];
}
function xOf(entry, index) {
    const t = Date.parse(entry.time);
    return Number.isNaN(t) ? index : t;
}
function label(entry) {
    return `${entry.sha.slice(0, 7)} · ${entry.time.slice(0, 16).replace('T', ' ')}`;
}
function thresholdOf(entry, name) {
    const limit = entry.limits?.[name];
    if (!limit)
        return undefined;
    return limit.better === 'lower' ? (limit.max ?? limit.min) : (limit.min ?? limit.max);
}
function metricPoints(entries, name, kind) {
    const points = [];
    entries.forEach((entry, i) => {
        const y = kind === 'kpi' ? entry.kpis?.[name]?.value : entry.metrics[name];
        if (y === undefined || !Number.isFinite(y))
            return;
        const threshold = kind === 'metric' ? thresholdOf(entry, name) : undefined;
        points.push({
            x: xOf(entry, i),
            y,
            label: label(entry),
            ...(threshold !== undefined ? { threshold } : {}),
            ...(entry.mode === 'advisory' ? { advisory: true } : {}),
            ...(entry.override ? { override: entry.override.by } : {}),
            ...(entry.verdict !== 'approved' ? { blocked: true } : {}),
        });
    });
    return points;
}
/** Runs of consecutive advisory entries as [first, last] entries. */
function advisoryPeriods(entries) {
    const out = [];
    for (let i = 0; i < entries.length; i++) {
        if (entries[i].mode !== 'advisory')
            continue;
        let j = i;
        while (j + 1 < entries.length && entries[j + 1].mode === 'advisory')
            j++;
        out.push([entries[i], entries[j]]);
        i = j;
    }
    return out;
}
const LEGEND = '<p class="legend"><span><i class="sw" style="background:#0969da"></i>value at each merge</span><span><i class="sw" style="background:#cf222e"></i>threshold (dashed)</span><span><i class="sw" style="background:#fff8c5;height:10px"></i>advisory mode</span><span><i class="sw" style="background:#bf8700"></i>override</span><span>● red: blocked run</span></p>';
function modelPage(model, entries, options) {
    const latest = entries[entries.length - 1];
    const review = reviewState(latest.declarations?.nextReview, options.now, options.reviewWarningDays);
    const declarations = latest.declarations
        ? latest.declarations.ok
            ? '<span class="approved">sound</span>'
            : `<span class="blocked">${latest.declarations.problems} problem${latest.declarations.problems === 1 ? '' : 's'}</span>`
        : '<span class="soon">none recorded</span>';
    const card = (k, v) => `<div class="card"><div class="k">${k}</div><div class="v">${v}</div></div>`;
    const body = [
        '<p><a href="../index.html">← all models</a></p>',
        '<div class="cards">',
        card('Latest verdict', `<span class="${latest.verdict}">${latest.verdict}</span>`),
        card('Mode', latest.mode === 'advisory' ? '<span class="advisory-text">advisory</span>' : 'enforce'),
        card('Merges recorded', String(entries.length)),
        card('Last merge', `<code>${esc(latest.sha.slice(0, 7))}</code> ${esc(latest.time.slice(0, 10))}`),
        card('Declarations', declarations),
        card('Next review', `<span class="${review.cls}">${review.text}</span>`),
        '</div>',
    ];
    const kpis = names(entries, (e) => e.kpis);
    const metrics = names(entries, (e) => e.metrics);
    const charts = (list, kind) => `<div class="charts">${list
        .map((name) => {
        const points = metricPoints(entries, name, kind);
        const unit = kind === 'kpi' ? [...entries].reverse().find((e) => e.kpis?.[name]?.unit)?.kpis?.[name]?.unit : undefined;
        return lineChart(points, { title: name, ...(unit ? { unit } : {}), maxPoints: options.maxPoints });
    })
        .join('\n')}</div>`;
    if (kpis.length > 0)
        body.push('<h2>KPIs</h2>', LEGEND, charts(kpis, 'kpi'));
    body.push('<h2>Gated metrics</h2>');
    if (metrics.length === 0)
        body.push('<p class="empty">No gated metric recorded.</p>');
    else {
        body.push('<table><tr><th>Metric</th><th>Latest</th><th>Threshold</th><th>Trend</th></tr>');
        for (const name of metrics) {
            const points = metricPoints(entries, name, 'metric');
            const last = points[points.length - 1];
            const threshold = thresholdOf(latest, name);
            const better = latest.limits?.[name]?.better ?? 'higher';
            const trend = (0,history_trend/* describeTrend */.Jh)(name, points.slice(-(options.trend + 1)).map((p) => p.y), better);
            const bound = threshold === undefined ? '—' : `${better === 'lower' ? '≤' : '≥'} ${esc(formatValue(threshold))}`;
            body.push(`<tr><td><code>${esc(name)}</code></td><td class="num">${last ? esc(formatValue(last.y)) : '—'}</td><td class="num">${bound}</td><td>${trend ? esc(trend.text.slice(name.length + 2)) : ''}</td></tr>`);
        }
        body.push('</table>', LEGEND, charts(metrics, 'metric'));
    }
    const overrides = entries.filter((e) => e.override);
    body.push('<h2>Overrides</h2>');
    if (overrides.length === 0)
        body.push('<p class="empty">No override.</p>');
    else {
        body.push('<table><tr><th>Merge</th><th>By</th><th>Reason</th></tr>');
        for (const e of overrides.slice(-50).reverse())
            body.push(`<tr><td><code>${esc(e.sha.slice(0, 7))}</code> ${esc(e.time.slice(0, 10))}</td><td>${esc(e.override.by)}</td><td>${esc(e.override.reason ?? '')}</td></tr>`);
        body.push('</table>');
        if (overrides.length > 50)
            body.push(`<p class="empty">The 50 newest of ${overrides.length} overrides.</p>`);
    }
    const periods = advisoryPeriods(entries);
    body.push('<h2>Advisory periods</h2>');
    body.push(periods.length === 0
        ? '<p class="empty">Always enforced.</p>'
        : `<ul>${periods.map(([a, b]) => `<li>${esc(a.time.slice(0, 10))} – ${esc(b.time.slice(0, 10))} (<code>${esc(a.sha.slice(0, 7))}</code>…<code>${esc(b.sha.slice(0, 7))}</code>)</li>`).join('')}</ul>`);
    return page(`${options.title}: ${model}`, `${entries.length} merges from ${esc(entries[0].time.slice(0, 10))} to ${esc(latest.time.slice(0, 10))}`, body.join('\n'), `Generated ${esc(options.generated)} by model-gate.`);
}
/**
 * The dashboard's files, path (relative, `/`-separated) → HTML. Entries are taken in file order
 * (merge order); each model gets its own page. No entry: an index saying so.
 */
function buildDashboard(entries, options = {}) {
    const title = options.title ?? 'model-gate dashboard';
    const generated = options.now ?? entries[entries.length - 1]?.time ?? '';
    const now = Date.parse(generated);
    const settings = {
        title,
        reviewWarningDays: options.reviewWarningDays ?? 30,
        maxPoints: options.maxPoints ?? 400,
        trend: options.trend ?? 20,
        now: Number.isNaN(now) ? 0 : now,
        generated,
    };
    const byModel = new Map();
    for (const entry of entries)
        byModel.set(entry.model, [...(byModel.get(entry.model) ?? []), entry]);
    const slugs = modelSlugs([...byModel.keys()]);
    const files = new Map();
    const rows = [];
    for (const [model, list] of byModel) {
        const slug = slugs.get(model);
        files.set(`models/${slug}.html`, modelPage(model, list, settings));
        const latest = list[list.length - 1];
        const review = reviewState(latest.declarations?.nextReview, settings.now, settings.reviewWarningDays);
        const worst = Object.keys(latest.metrics)
            .map((name) => {
            const values = list
                .slice(-(settings.trend + 1))
                .map((e) => e.metrics[name])
                .filter((v) => v !== undefined);
            return (0,history_trend/* describeTrend */.Jh)(name, values, latest.limits?.[name]?.better ?? 'higher');
        })
            .filter((t) => t?.worsening)
            .sort((a, b) => b.streak - a.streak)[0];
        rows.push(`<tr><td><a href="models/${slug}.html">${esc(model)}</a></td><td class="${latest.verdict}">${latest.verdict}</td><td>${latest.mode}</td><td class="num">${list.length}</td><td><code>${esc(latest.sha.slice(0, 7))}</code> ${esc(latest.time.slice(0, 10))}</td><td>${latest.declarations ? (latest.declarations.ok ? '<span class="approved">sound</span>' : `<span class="blocked">${latest.declarations.problems} problem(s)</span>`) : '—'}</td><td class="${review.cls}">${review.text}</td><td>${worst ? esc(worst.text) : ''}</td></tr>`);
    }
    const body = rows.length === 0
        ? '<p class="empty">No merged run recorded yet: the history is empty.</p>'
        : `<table><tr><th>Model</th><th>Verdict</th><th>Mode</th><th>Merges</th><th>Last merge</th><th>Declarations</th><th>Next review</th><th>Watch</th></tr>${rows.join('\n')}</table>`;
    files.set('index.html', page(title, `${entries.length} merged runs, ${byModel.size} model${byModel.size === 1 ? '' : 's'}`, body, `Generated ${esc(generated)} by model-gate.`));
    return files;
}

;// CONCATENATED MODULE: ./src/cli/dashboard.ts
/**
 * `model-gate dashboard --history FILE --out DIR`: the static dashboard of a history file, for
 * GitHub Pages (or opening from disk). Bad lines are reported on stderr and skipped.
 */





const DASHBOARD_USAGE = `Usage: model-gate dashboard --history FILE --out DIR [options]

Builds a static site (index.html and one page per model) from a model-gate history file.

Options:
  --history FILE   the history (JSON Lines), e.g. history.jsonl from the model-gate-data branch
  --out DIR        directory to write the site to (created if missing)
  --title TEXT     page title (default: model-gate dashboard)
  --now DATE       judge review dates as of DATE (default: the newest entry's time)
  -h, --help       show this help

Exit status: 0 written, 2 error.`;
/** Runs the dashboard command; returns the exit status. */
async function runDashboard(argv, io) {
    let values;
    try {
        values = (0,external_node_util_.parseArgs)({
            args: argv,
            options: {
                history: { type: 'string' },
                out: { type: 'string' },
                title: { type: 'string' },
                now: { type: 'string' },
                help: { type: 'boolean', short: 'h' },
            },
        }).values;
    }
    catch (error) {
        io.stderr(`model-gate dashboard: ${error instanceof Error ? error.message : String(error)}\n\n${DASHBOARD_USAGE}\n`);
        return 2;
    }
    if (values.help) {
        io.stdout(`${DASHBOARD_USAGE}\n`);
        return 0;
    }
    if (!values.history || !values.out) {
        io.stderr(`model-gate dashboard: --history and --out are required.\n\n${DASHBOARD_USAGE}\n`);
        return 2;
    }
    if (values.now !== undefined && Number.isNaN(Date.parse(values.now))) {
        io.stderr(`model-gate dashboard: --now is "${values.now}"; expected a date such as 2026-12-01.\n`);
        return 2;
    }
    const historyPath = (0,external_node_path_.resolve)(io.cwd, values.history);
    let text;
    try {
        text = await (0,promises_.readFile)(historyPath, 'utf8');
    }
    catch (error) {
        io.stderr(`model-gate dashboard: cannot read the history ${values.history}: ${error.code ?? String(error)}. Fetch it with: git show origin/model-gate-data:history.jsonl > history.jsonl\n`);
        return 2;
    }
    const parsed = (0,entry/* parseHistory */.i6)(text, { file: values.history });
    for (const warning of parsed.warnings)
        io.stderr(`warning: ${warning.message}\n`);
    const files = buildDashboard(parsed.entries, {
        ...(values.title ? { title: values.title } : {}),
        ...(values.now ? { now: new Date(values.now).toISOString() } : {}),
    });
    const out = (0,external_node_path_.resolve)(io.cwd, values.out);
    for (const [path, content] of files) {
        const target = (0,external_node_path_.join)(out, ...path.split('/'));
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
        await (0,promises_.writeFile)(target, content);
    }
    io.stdout(`Dashboard of ${parsed.entries.length} entries written to ${values.out} (${files.size} pages): open ${(0,external_node_path_.join)(values.out, 'index.html')}\n`);
    return 0;
}


/***/ })

};
