/**
 * The fairness section: per rule's pattern, the best and the worst slice, the gap and ratio, each
 * rule's outcome, and the slices left out (below `min_n`, or without a usable value).
 */
import type { Check } from '../../core/types.js'
import type { CommentSection } from '../comment.js'
import { code, inline, prose } from '../escape.js'
import { formatNumber } from '../format.js'
import { ICON, STATUS_WORDS, kindRows, shownStatus, type Row } from '../rows.js'

function ruleItem(check: Check): string {
  const status = shownStatus(check)
  const why = status === 'not_evaluated' ? `: ${prose(check.message)}` : ''
  return `${ICON[status]} ${inline(check.rule)} (${STATUS_WORDS[status]}${why})`
}

function fairnessLine(row: Row): string {
  const view = row.checks.find((c) => c.fairness)?.fairness
  const parts: string[] = []
  if (view?.best && view.worst) {
    parts.push(
      `best ${code(view.best.slice)} ${formatNumber(view.best.value)}, worst ${code(view.worst.slice)} ${formatNumber(view.worst.value)}, gap ${formatNumber(view.gap)}` +
        (view.ratio !== undefined ? `, ratio ${formatNumber(view.ratio)}` : '') +
        (view.baselineGap !== undefined ? ` (baseline gap ${formatNumber(view.baselineGap)})` : '') +
        ` over ${view.slices.length} slices`,
    )
  } else {
    parts.push(`${view?.slices.length ?? 0} slices to compare`)
  }
  const rules = row.checks.map(ruleItem).join('; ')
  const skipped = view?.skipped.length
    ? `\n  ⏭️ left out: ${view.skipped.map((s) => `${code(s.slice)} (${prose(s.note)})`).join(', ')}`
    : ''
  return `- ${ICON[row.status]} ${code(row.name)}: ${parts.join('')}\n  ${rules}${skipped}`
}

/** The fairness rows of an evaluation, one per pattern, failing first. */
export function fairnessRows(checks: readonly Check[]): readonly Row[] {
  return kindRows(checks, 'fairness')
}

export const FAIRNESS_SECTION: CommentSection = {
  id: 'fairness',
  render: ({ ev }) => {
    const rows = fairnessRows(ev.checks)
    if (rows.length === 0) return undefined
    return ['**Fairness across slices**', ...rows.map(fairnessLine)].join('\n')
  },
}

/** Summary items for the fairness rules whose checks `picked` selects. */
export function fairnessSummaryItems(checks: readonly Check[], picked: (c: Check) => boolean): string[] {
  return fairnessRows(checks).flatMap((row) => {
    const failing = row.checks.filter(picked)
    if (failing.length === 0) return []
    const view = failing[0]?.fairness
    const worst =
      view?.worst && view.best
        ? ` (worst ${code(view.worst.slice)} ${formatNumber(view.worst.value)}, best ${code(view.best.slice)} ${formatNumber(view.best.value)})`
        : ''
    return [`fairness of ${code(row.name)}${worst}: ${failing.map((c) => `${inline(c.rule)}`).join('; ')}`]
  })
}
