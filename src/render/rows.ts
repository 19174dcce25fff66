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
  let worst: Status = 'pass'
  for (const check of checks) {
    const status = shownStatus(check)
    if (RANK[status] < RANK[worst]) worst = status
  }
  return worst
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
    candidate: row.checks.find((c) => finite(c.candidate))?.candidate ?? undefined,
    baseline: row.checks.find((c) => finite(c.baseline))?.baseline ?? undefined,
  }
}

/** The checks `wanted` picks, one row per metric (or pattern, or id), failing rows first (stable otherwise). */
function groupRows(checks: readonly Check[], wanted: (c: Check) => boolean): Row[] {
  const byName = new Map<string, Check[]>()
  for (const check of checks) {
    if (!wanted(check)) continue
    const name = check.metric ?? check.gate ?? check.id
    const group = byName.get(name)
    if (group) group.push(check)
    else byName.set(name, [check])
  }
  // One list per rank, joined in rank order: the order a stable sort by rank gives, in one pass.
  const ranked: Row[][] = Object.values(RANK).map(() => [])
  for (const [name, group] of byName) {
    const status = worstStatus(group)
    ranked[RANK[status]]!.push({ name, status, checks: group })
  }
  return ranked.flat()
}

/**
 * The rows of a checks array by grouping, computed once per array: the comment, the summary and
 * their sections all ask for the same rows. An array that has grown since is grouped again.
 */
const cache = new WeakMap<readonly Check[], { length: number; rows: Map<string, readonly Row[]> }>()

function cachedRows(checks: readonly Check[], key: string, wanted: (c: Check) => boolean): readonly Row[] {
  let entry = cache.get(checks)
  if (entry?.length !== checks.length) {
    entry = { length: checks.length, rows: new Map() }
    cache.set(checks, entry)
  }
  let rows = entry.rows.get(key)
  if (rows === undefined) {
    rows = groupRows(checks, wanted)
    entry.rows.set(key, rows)
  }
  return rows
}

const KINDS: Partial<Record<Check['kind'], (c: Check) => boolean>> = {
  kpi: (c) => c.kind === 'kpi',
  fairness: (c) => c.kind === 'fairness',
}

/** The checks of one kind (`kpi`, `fairness`), one row per metric or pattern, failing rows first. */
export function kindRows(checks: readonly Check[], kind: Check['kind']): readonly Row[] {
  return cachedRows(checks, `kind:${kind}`, KINDS[kind] ?? ((c) => c.kind === kind))
}

/** Threshold and baseline checks, one row per metric, failing rows first (stable otherwise). */
export function metricRows(checks: readonly Check[]): readonly Row[] {
  return cachedRows(checks, 'metric', (c) => c.kind === 'threshold' || c.kind === 'baseline')
}
