/** Grouping of checks into what the comment shows: one row per metric, one per declaration. */
import type { Check, Status } from '../core/types.js'
import { blocksMerge, STATUS_RANK } from '../core/verdict.js'

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
export const RANK = STATUS_RANK

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

/** Which list of `byKind` a check is in: threshold and baseline checks share the metric rows. */
type KindGroup = 'metric' | Exclude<Check['kind'], 'threshold' | 'baseline'>

const KIND_GROUP: Record<Check['kind'], KindGroup> = {
  threshold: 'metric',
  baseline: 'metric',
  kpi: 'kpi',
  fairness: 'fairness',
  declaration: 'declaration',
  policy: 'policy',
}

/**
 * What the renderers read of one checks array, made once: its checks split by kind in one pass,
 * and the rows of each kind when first asked. An array that has grown since is split again.
 */
interface Split {
  length: number
  byKind: Map<KindGroup, Check[]>
  rows: Map<KindGroup, readonly Row[]>
}

const splits = new WeakMap<readonly Check[], Split>()
const NONE: readonly Check[] = []

function split(checks: readonly Check[]): Split {
  let entry = splits.get(checks)
  if (entry?.length !== checks.length) {
    const byKind = new Map<KindGroup, Check[]>()
    for (const check of checks) {
      const group = KIND_GROUP[check.kind]
      const list = byKind.get(group)
      if (list) list.push(check)
      else byKind.set(group, [check])
    }
    entry = { length: checks.length, byKind, rows: new Map() }
    splits.set(checks, entry)
  }
  return entry
}

/** The checks of one kind, in their order (`threshold` and `baseline` are asked for as the metric rows). */
export function checksOfKind(checks: readonly Check[], kind: 'kpi' | 'fairness' | 'declaration' | 'policy'): readonly Check[] {
  return split(checks).byKind.get(kind) ?? NONE
}

/**
 * One row per metric (or pattern, or id) of the checks given, failing rows first (stable otherwise):
 * each row's worst status is kept up to date as its checks are added, and the rows are bucketed by
 * rank, the order a stable sort by rank gives, in one pass.
 */
function groupRows(checks: readonly Check[]): Row[] {
  const byName = new Map<string, Row>()
  for (const check of checks) {
    const name = check.metric ?? check.gate ?? check.id
    const status = shownStatus(check)
    const row = byName.get(name)
    if (row === undefined) byName.set(name, { name, status, checks: [check] })
    else {
      row.checks.push(check)
      if (RANK[status] < RANK[row.status]) row.status = status
    }
  }
  const ranked: Row[][] = Object.values(RANK).map(() => [])
  for (const row of byName.values()) ranked[RANK[row.status]]!.push(row)
  return ranked.flat()
}

function rowsOf(checks: readonly Check[], group: KindGroup): readonly Row[] {
  const entry = split(checks)
  let rows = entry.rows.get(group)
  if (rows === undefined) {
    const picked = entry.byKind.get(group)
    rows = picked ? groupRows(picked) : []
    entry.rows.set(group, rows)
  }
  return rows
}

/**
 * The rows with a check that blocks the merge. Such a check shows as failing or inconclusive, so
 * its row is ranked there: rows come failing first, and the look stops at the first row ranked after.
 */
export function blockingRows(rows: readonly Row[]): Row[] {
  const out: Row[] = []
  for (const row of rows) {
    if (RANK[row.status] > RANK.inconclusive) break
    if (row.checks.some(blocksMerge)) out.push(row)
  }
  return out
}

/** The checks of one kind (`kpi`, `fairness`), one row per metric or pattern, failing rows first. */
export function kindRows(checks: readonly Check[], kind: 'kpi' | 'fairness'): readonly Row[] {
  return rowsOf(checks, kind)
}

/** Threshold and baseline checks, one row per metric, failing rows first (stable otherwise). */
export function metricRows(checks: readonly Check[]): readonly Row[] {
  return rowsOf(checks, 'metric')
}
