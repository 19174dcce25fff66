/** Grouping of checks into what the comment shows: one row per metric, one per declaration. */
import type { Check, Status } from '../core/types.js'

export const ICON: Record<Status, string> = {
  pass: '✅',
  fail: '❌',
  warn: '⚠️',
  inconclusive: '❔',
  not_evaluated: '➖',
  skip: '⏭️',
}

export const STATUS_WORDS: Record<Status, string> = {
  pass: 'passes',
  fail: 'fails',
  warn: 'warning',
  inconclusive: 'inconclusive',
  not_evaluated: 'not evaluated',
  skip: 'skipped',
}

/** Display order: failing first, then inconclusive, warnings, not evaluated, skipped, passing. */
export const RANK: Record<Status, number> = { fail: 0, inconclusive: 1, warn: 2, not_evaluated: 3, skip: 4, pass: 5 }

/** The status to show: a failed rule with severity `warn` is a warning, not a failure. */
export function shownStatus(check: Check): Status {
  return check.status === 'fail' && check.severity === 'warn' ? 'warn' : check.status
}

/** The worst shown status among checks (pass when there are none). */
export function worstStatus(checks: readonly Check[]): Status {
  return checks.map(shownStatus).reduce<Status>((a, b) => (RANK[b] < RANK[a] ? b : a), 'pass')
}

export interface Row {
  /** The metric name, declaration section, or check id when neither is known. */
  name: string
  status: Status
  checks: Check[]
}

function finite(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value)
}

/** The first finite candidate / baseline value among a row's checks. */
export function rowValues(row: Row): { candidate?: number; baseline?: number } {
  return {
    candidate: row.checks.map((c) => c.candidate).find(finite),
    baseline: row.checks.map((c) => c.baseline).find(finite),
  }
}

function groupRows(checks: readonly Check[], nameOf: (c: Check) => string): Row[] {
  const byName = new Map<string, Check[]>()
  for (const check of checks) {
    const name = nameOf(check)
    byName.set(name, [...(byName.get(name) ?? []), check])
  }
  const rows = [...byName].map(([name, group]) => ({ name, status: worstStatus(group), checks: group }))
  return rows.sort((a, b) => RANK[a.status] - RANK[b.status])
}

/** The checks of one kind (`kpi`, `fairness`), one row per metric or pattern, failing rows first. */
export function kindRows(checks: readonly Check[], kind: Check['kind']): Row[] {
  return groupRows(
    checks.filter((c) => c.kind === kind),
    (c) => c.metric ?? c.gate ?? c.id,
  )
}

/** Threshold and baseline checks, one row per metric, failing rows first (stable otherwise). */
export function metricRows(checks: readonly Check[]): Row[] {
  const metricChecks = checks.filter((c) => c.kind === 'threshold' || c.kind === 'baseline')
  return groupRows(metricChecks, (c) => c.metric ?? c.gate ?? c.id)
}
