/**
 * The KPI section, first in a model's part of the comment: each KPI in business units, baseline
 * → candidate with the change (`$212,400 → $198,100 (−$14,300, −6.7%)`), and its rules.
 */
import type { Check } from '../../core/types.js'
import { formatDeltaInUnit, formatInUnit, formatRelativeChange, type Unit } from '../../core/units.js'
import { blocksMerge } from '../../core/verdict.js'
import type { CommentSection } from '../comment.js'
import { code, inline, prose } from '../escape.js'
import { formatChange, formatNumber } from '../format.js'
import { ICON, STATUS_WORDS, kindRows, rowValues, shownStatus, type Row } from '../rows.js'
import { intervalWords, unitOf, worseWord } from '../statistics.js'

/** A value in the unit, escaped (a `$` pair would otherwise read as math on GitHub). */
function inUnit(value: number | undefined, unit: Unit | undefined): string {
  if (value === undefined) return '—'
  return inline(unit ? formatInUnit(value, unit) : formatNumber(value))
}

/** `$212,400 → $198,100 (−$14,300, −6.7%)`, or the one value there is. */
export function kpiMovement(row: Row): string {
  const { candidate, baseline } = rowValues(row)
  const unit = row.checks.map(unitOf).find((u) => u !== undefined)
  if (candidate === undefined) return baseline === undefined ? 'no value' : `${inUnit(baseline, unit)} → no value`
  if (baseline === undefined) return `**${inUnit(candidate, unit)}**`
  const delta = inline(unit ? formatDeltaInUnit(candidate - baseline, unit) : formatChange(candidate, baseline))
  const relative = unit ? formatRelativeChange(candidate, baseline) : undefined
  const change = candidate === baseline ? 'unchanged' : relative ? `${delta}, ${relative}` : delta
  return `${inUnit(baseline, unit)} → **${inUnit(candidate, unit)}** (${change})`
}

/** A KPI rule in words, with a floor or ceiling in the KPI's unit (`at most $100,000`). */
function ruleWords(check: Check): string {
  const unit = unitOf(check)
  if (unit && check.limit !== undefined && check.ruleKey === 'min') return `at least ${formatInUnit(check.limit, unit)}`
  if (unit && check.limit !== undefined && check.ruleKey === 'max') return `at most ${formatInUnit(check.limit, unit)}`
  return check.rule
}

function ruleItem(check: Check): string {
  const status = shownStatus(check)
  const interval = intervalWords(check, worseWord(check))
  const why = status === 'not_evaluated' ? `: ${prose(check.message)}` : ''
  const word = status === 'inconclusive' && blocksMerge(check) ? 'inconclusive, blocks' : STATUS_WORDS[status]
  const limit =
    check.kind === 'kpi' && check.ruleKey !== 'min' && check.ruleKey !== 'max' && check.limit !== undefined && status !== 'not_evaluated'
      ? `, limit ${inUnit(check.limit, unitOf(check))}`
      : ''
  return `${ICON[status]} ${inline(ruleWords(check))} (${word}${why}${limit})${interval ? ` · ${inline(interval)}` : ''}`
}

function kpiLine(row: Row): string {
  const [first] = row.checks
  const description = first?.description
  const name = description ? `**${inline(description)}** (${code(row.name)})` : `**${code(row.name)}**`
  const rules = row.checks.filter((c) => c.ruleKey !== undefined && c.ruleKey !== 'present')
  const values = rowValues(row)
  const computed = values.candidate === undefined ? ` — ${prose(first?.message ?? 'no value')}` : ''
  const ruleText = rules.length ? `\n  ${rules.map(ruleItem).join('\n  ')}` : ''
  return `- ${ICON[row.status]} ${name}: ${kpiMovement(row)}${computed}${ruleText}`
}

/** The KPI rows of an evaluation, failing first. */
export function kpiRows(checks: readonly Check[]): readonly Row[] {
  return kindRows(checks, 'kpi')
}

/** The KPIs, one item each: what a decision maker reads first. */
export const KPI_SECTION: CommentSection = {
  id: 'kpis',
  render: ({ ev }) => {
    const rows = kpiRows(ev.checks)
    if (rows.length === 0) return undefined
    return ['**Business KPIs**', ...rows.map(kpiLine)].join('\n')
  },
}

/** Summary items for the KPIs whose checks `picked` selects: `**fraud_loss** rose +$4,300 (…)`. */
export function kpiSummaryItems(checks: readonly Check[], picked: (c: Check) => boolean): string[] {
  return kpiRows(checks).flatMap((row) => {
    const failing = row.checks.filter(picked)
    if (failing.length === 0) return []
    return [`KPI **${inline(row.name)}** ${kpiMovement(row)} (${failing.map((c) => inline(ruleWords(c))).join('; ')})`]
  })
}
