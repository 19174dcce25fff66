/**
 * The checks of a scheduled monitoring run on the default branch: the review date of the
 * declarations, and production metrics (from `monitoring.file`) against the gates' floors and
 * ceilings. Pure: `now` is passed in. Produces the problems the monitoring issue lists.
 */
import { matchPattern } from '../metric-path.js'
import type { DeclarationSummary, GateRule, Metrics } from '../types.js'

export const DEFAULT_REVIEW_WARNING_DAYS = 30

export interface MonitorFinding {
  severity: 'fail' | 'warn'
  message: string
  fix: string
  file?: string
  line?: number
  metric?: string
}

const DAY = 86_400_000

/** Whole days from `now` to the date `iso` (negative: past); undefined when it is not a date. */
function daysUntil(iso: string, now: string): number | undefined {
  const due = Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso)
  const today = Date.parse(now.slice(0, 10) + 'T00:00:00Z')
  if (Number.isNaN(due) || Number.isNaN(today)) return undefined
  return Math.floor((due - today) / DAY)
}

/**
 * The review date against `now`: overdue fails, due within `warningDays` warns, no date fails
 * (nobody is on the hook to look at the model again).
 */
export function reviewFindings(
  declarations: DeclarationSummary | undefined,
  now: string,
  warningDays = DEFAULT_REVIEW_WARNING_DAYS,
): MonitorFinding[] {
  if (!declarations) return []
  const file = declarations.file
  const next = declarations.nextReview
  const fix = `Review the model, then set \`ownership.review.last_reviewed\` to the review date and \`ownership.review.next_review_due\` to the next one in ${file}.`
  if (!next)
    return [
      {
        severity: 'fail',
        file,
        message: `No next review date is declared in \`${file}\`.`,
        fix: `Set \`ownership.review.next_review_due\` (YYYY-MM-DD) in ${file}.`,
      },
    ]
  const days = daysUntil(next, now)
  if (days === undefined)
    return [
      {
        severity: 'fail',
        file,
        message: `The next review date \`${next}\` is not a date.`,
        fix: `Write \`ownership.review.next_review_due\` as YYYY-MM-DD in ${file}.`,
      },
    ]
  if (days < 0)
    return [
      { severity: 'fail', file, message: `The review is overdue: it was due on ${next}, ${-days} day${days === -1 ? '' : 's'} ago.`, fix },
    ]
  if (days <= warningDays)
    return [{ severity: 'warn', file, message: `The review is due on ${next}, in ${days} day${days === 1 ? '' : 's'}.`, fix }]
  return []
}

/**
 * Production metrics against the gates' absolute floors (`min`) and ceilings (`max`); regression
 * rules need a baseline and do not apply. A gated metric missing from the export is a warning
 * (the export job may be broken); a non-number value fails.
 */
export function productionFindings(production: Metrics, gates: readonly GateRule[], file: string): MonitorFinding[] {
  const findings: MonitorFinding[] = []
  for (const gate of gates) {
    if (gate.rules.min === undefined && gate.rules.max === undefined) continue
    const names = matchPattern(gate.pattern, production.keys())
    if (names.length === 0) {
      findings.push({
        severity: 'warn',
        file,
        metric: gate.pattern,
        message: `\`${gate.pattern}\` is gated but missing from the production export \`${file}\`.`,
        fix: `Check the job that writes ${file}: it should export \`${gate.pattern}\`.`,
      })
      continue
    }
    for (const name of names) {
      const value = production.get(name)?.value
      if (typeof value !== 'number' || Number.isNaN(value)) {
        findings.push({
          severity: 'fail',
          file,
          metric: name,
          message: `\`${name}\` in production is ${JSON.stringify(value)}, not a number.`,
          fix: `Fix the export of \`${name}\` in ${file}.`,
        })
        continue
      }
      const fix = `Investigate \`${name}\` in production (data drift, a broken feature, traffic change); retrain or roll back, or change the gate in the policy if the floor is no longer right.`
      if (gate.rules.min !== undefined && value < gate.rules.min)
        findings.push({
          severity: gate.severity === 'block' ? 'fail' : 'warn',
          file,
          metric: name,
          message: `\`${name}\` in production is ${value}, below the floor ${gate.rules.min}.`,
          fix,
        })
      if (gate.rules.max !== undefined && value > gate.rules.max)
        findings.push({
          severity: gate.severity === 'block' ? 'fail' : 'warn',
          file,
          metric: name,
          message: `\`${name}\` in production is ${value}, above the ceiling ${gate.rules.max}.`,
          fix,
        })
    }
  }
  return findings
}
