/**
 * The predictions section of a model's part of the comment: how many examples the change fixed
 * and broke ("fixes 212, breaks 341 of 20,000"), the metrics computed from the predictions with
 * each paired comparison, and the first broken ids in a collapsed section: where a reviewer
 * starts looking. Renders nothing when the policy has no `predictions:`.
 */
import type { PredictionComparison, PredictionsSummary } from '../../core/predictions/summary.js'
import type { CommentSection } from '../comment.js'
import { code, html, prose } from '../escape.js'
import { formatChange, formatDistinct, formatNumber } from '../format.js'

const METHOD_WORDS: Record<PredictionComparison['method'], string> = {
  delong: 'DeLong',
  bootstrap: 'paired bootstrap',
  normal: 'paired normal',
}

/** "fixes 212, breaks 341 of 20,000 examples". */
export function flipsLine(summary: PredictionsSummary): string | undefined {
  const f = summary.flips
  if (!f) return undefined
  return `fixes ${formatNumber(f.fixed)}, breaks ${formatNumber(f.broken)} of ${formatNumber(f.total)} ${f.total === 1 ? 'example' : 'examples'}`
}

/** `[lo, hi]` at a confidence, with the method and p-value: "95% DeLong [−0.031, −0.004], p = 0.012". */
function intervalText(c: PredictionComparison): string {
  const [lo = '—', hi = '—'] = formatDistinct([c.interval[0], c.interval[1]])
  const p = c.p_value !== undefined ? `, p = ${formatNumber(c.p_value, 2)}` : ''
  return `${formatNumber(c.confidence * 100)}% ${METHOD_WORDS[c.method]} [${lo}, ${hi}]${p}`
}

function table(summary: PredictionsSummary): string {
  const paired = summary.baseline !== undefined
  const head = paired
    ? ['| Computed | Candidate | Baseline | Change | Paired interval (candidate − baseline) |', '| --- | ---: | ---: | ---: | --- |']
    : ['| Computed | Candidate |', '| --- | ---: |']
  const rows = Object.entries(summary.candidate).map(([name, c]) => {
    if (!paired) return `| ${code(name)} | ${formatNumber(c)} |`
    const b = summary.baseline?.[name]
    const [ct = '—', bt = '—'] = formatDistinct([c, b])
    const cmp = summary.comparisons[name]
    return `| ${code(name)} | ${ct} | ${bt} | ${formatChange(c, b)} | ${cmp ? intervalText(cmp) : '—'} |`
  })
  return [...head, ...rows].join('\n')
}

function brokenIds(summary: PredictionsSummary): string | undefined {
  const f = summary.flips
  if (!f || f.brokenIds.length === 0) return undefined
  const shown =
    f.brokenIds.length < f.broken
      ? `First ${f.brokenIds.length} of ${formatNumber(f.broken)} broken examples`
      : `The ${f.broken === 1 ? 'broken example' : `${formatNumber(f.broken)} broken examples`}`
  return ['<details>', `<summary>${html(shown)}</summary>`, '', f.brokenIds.map((id) => `- ${code(id)}`).join('\n'), '', '</details>'].join(
    '\n',
  )
}

/** The section's Markdown for one summary. */
export function renderPredictions(summary: PredictionsSummary): string {
  const source = summary.baselineFile ? `\`${summary.file}\` against the base commit's \`${summary.baselineFile}\`` : `\`${summary.file}\``
  const flips = flipsLine(summary)
  const lead = `**Predictions** (${prose(source)}, ${formatNumber(summary.rows)} ${summary.rows === 1 ? 'example' : 'examples'}${summary.threshold !== undefined ? `, threshold ${formatNumber(summary.threshold)}` : ''})${flips ? `: ${flips}.` : '.'}`
  const note = summary.note ? `_${prose(`Not paired: ${summary.note}.`)}_` : undefined
  return [lead, note, table(summary), brokenIds(summary)].filter((b): b is string => b !== undefined).join('\n\n')
}

/** The `predictions` entry of the comment's SECTIONS registry. */
export const flipsSection: CommentSection = {
  id: 'predictions',
  render: ({ ev }) => (ev.predictions ? renderPredictions(ev.predictions) : undefined),
}
