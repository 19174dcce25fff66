/**
 * Card vs metrics: the numbers a Hugging Face card publishes in `model-index` must be the numbers
 * the candidate has, for every metric the gates look at, so a published card is never stale.
 *
 * A card metric `{type, name, value}` in a result with `dataset.type` D and `task.type` K names
 * the gated metric G when one of these equals G (the first that is gated wins): `D.T`, `K.T`,
 * `D.N`, `K.N`, `T`, `N` (T: the metric's `type`, N: its `name`; D and K are one path segment).
 * Card metrics naming no gated metric are ignored, and so is a gated metric the candidate lacks
 * or holds as a non-number (the gates report those).
 *
 * Within rounding: the card value and the candidate agree when they differ by at most half a unit
 * of the last decimal written on the card (0.811 accepts 0.8114, 0.82 does not accept 0.811); a
 * card may also give a 0..1 metric in percent (81.1 for 0.811). Only the card's written precision
 * widens the tolerance: the candidate's digits are a parsed number's, and JSON drops trailing zeros
 * (`0.300` arrives as 0.3), so they say nothing about how precisely it was measured.
 */
import { joinPath, splitPath } from '../core/metric-path.js'
import { atMost, formatNumber, isFiniteNumber } from '../core/numbers.js'
import type { Check, DeclarationsDoc, Metrics } from '../core/types.js'
import { evaluationContext, modelIndexEntries, modelIndexNames } from '../metrics/model-index.js'
import { getOwn, isMapping } from '../parse/mapping.js'
import { declarationCheck, failuresFirst, lineFor } from './messages.js'

const RULE = 'the card value matches the candidate metric (within rounding)'

interface CardMetric {
  /** Dot path of the metric entry, e.g. `model-index.0.results.2.metrics.0`. */
  path: string
  value: unknown
  /** The keys it could be known by, most specific first. */
  keys: string[]
  /** Which evaluation it reports (task, dataset, config, split): two entries with different ones are different numbers. */
  context: string
  /** The readable name unique within the card (src/metrics/model-index.ts): gating it picks this entry alone. */
  unique: string
}

/** One check per card value that names a gated metric: pass, stale (fail), not a number (fail), or ambiguous (warn). */
export function cardMetricsChecks(
  doc: DeclarationsDoc,
  data: Record<string, unknown>,
  candidate: Metrics | undefined,
  gatedMetrics: readonly string[],
): Check[] {
  if (!candidate || gatedMetrics.length === 0 || !isMapping(data)) return []
  const gated = new Map(gatedMetrics.map((name) => [canonical(name), name]))
  const byMetric = new Map<string, CardMetric[]>()
  for (const entry of cardMetrics(getOwn(data, 'model-index'))) {
    const key = entry.keys.find((k) => gated.has(k))
    if (key === undefined) continue
    const name = gated.get(key) as string
    byMetric.set(name, [...(byMetric.get(name) ?? []), entry])
  }
  const checks: Check[] = []
  for (const [name, entries] of byMetric) {
    const value = lookup(candidate, name)
    if (!isFiniteNumber(value)) continue
    if (new Set(entries.map((e) => e.context)).size > 1) checks.push(ambiguous(doc, name, entries))
    else checks.push(...entries.map((entry) => compare(doc, name, value, entry)))
  }
  return failuresFirst(checks)
}

/**
 * Every metric entry of `model-index` (src/metrics/model-index.ts), with the keys it could be known
 * by: first the name unique within the card (what `model-gate metrics` lists for it), then the
 * looser forms, which several entries may share.
 */
function cardMetrics(modelIndex: unknown): CardMetric[] {
  const entries = modelIndexEntries(modelIndex)
  const unique = modelIndexNames(entries)
  return entries.map((entry, i) => {
    const keys: string[] = [unique[i] as string]
    for (const own of [entry.metricType, entry.metricName]) {
      if (own === undefined) continue
      for (const prefix of [entry.datasetType, entry.taskType]) if (prefix !== undefined) keys.push(`${joinPath([prefix])}.${own}`)
    }
    for (const own of [entry.metricType, entry.metricName]) if (own !== undefined) keys.push(own)
    return {
      path: entry.path,
      value: entry.value,
      keys: keys.map(canonical),
      context: evaluationContext(entry),
      unique: unique[i] as string,
    }
  })
}

function compare(doc: DeclarationsDoc, name: string, candidate: number, entry: CardMetric): Check {
  const field = `${entry.path}.value`
  const extra = { metric: name, candidate }
  const shownCandidate = formatNumber(candidate)
  if (!isFiniteNumber(entry.value)) {
    const shown = entry.value === undefined ? 'is missing' : `is ${describe(entry.value)}, not a number`
    return {
      ...declarationCheck({
        field,
        status: 'fail',
        message: `\`${field}\` (the card's \`${name}\`) ${shown}; the candidate has ${shownCandidate}.`,
        fix: `write the candidate's number, e.g. \`value: ${shownCandidate}\` on line ${lineFor(doc, field)}.`,
        doc,
        rule: RULE,
      }),
      ...extra,
    }
  }
  const card = entry.value
  const text = writtenText(doc, field, card)
  const agreement = agreesWithin(card, text, candidate)
  if (agreement) {
    const how = agreement === 'percent' ? ' (the card gives it in percent)' : ''
    return {
      ...declarationCheck({
        field,
        status: 'pass',
        message: `\`${field}\` (${text}) matches the candidate's \`${name}\` (${shownCandidate})${how}.`,
        doc,
        rule: RULE,
      }),
      ...extra,
    }
  }
  const inPercent = Math.abs(card) > 1 && Math.abs(candidate) <= 1 && Math.abs(card - 100 * candidate) < Math.abs(card - candidate)
  const suggestion = inPercent ? formatNumber(100 * candidate) : shownCandidate
  return {
    ...declarationCheck({
      field,
      status: 'fail',
      message: `\`${field}\` publishes ${text} for \`${name}\`, but the candidate has ${shownCandidate}${inPercent ? ` (${suggestion}%)` : ''}: the card is stale.`,
      fix: `update the card to the candidate's value: \`value: ${suggestion}\` on line ${lineFor(doc, field)}.`,
      doc,
      rule: RULE,
    }),
    ...extra,
  }
}

function ambiguous(doc: DeclarationsDoc, name: string, entries: CardMetric[]): Check {
  const first = entries[0] as CardMetric
  const field = `${first.path}.value`
  const lines = entries.map((e) => lineFor(doc, `${e.path}.value`)).join(', ')
  const names = entries.map((e) => `\`${e.unique}\``)
  const shown = names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', ')
  return {
    ...declarationCheck({
      field,
      id: `declaration:model-index:${name}`,
      status: 'warn',
      severity: 'warn',
      message: `\`${field}\` and ${entries.length - 1} other ${entries.length === 2 ? 'result' : 'results'} in \`model-index\` name the gated metric \`${name}\` for different evaluations (lines ${lines}), so model-gate cannot tell which one the candidate's \`${name}\` is; they were not compared.`,
      fix: `give each evaluation its own metric name in the metrics file and the policy, e.g. ${shown} (one per result; \`model-gate metrics ${doc.file}\` lists them), or keep one result for \`${name}\` in the card.`,
      doc,
      rule: RULE,
    }),
    metric: name,
  }
}

/**
 * `plain` when the values agree within the rounding of the card's written value, `percent` when the
 * card gives a 0..1 candidate in percent, undefined when the card is stale.
 */
export function agreesWithin(card: number, cardText: string, candidate: number): 'plain' | 'percent' | undefined {
  const cardHalf = halfUnit(decimalsOf(cardText) ?? decimalsOf(String(card)) ?? 0)
  if (atMost(Math.abs(card - candidate), cardHalf, card, candidate)) return 'plain'
  const percent = 100 * candidate
  if (Math.abs(candidate) <= 1 && atMost(Math.abs(card - percent), cardHalf, card, percent)) return 'percent'
  return undefined
}

/** Digits after the decimal point as written (`0.80` → 2, `8.1e-1` → 2, `81` → 0), or undefined if not a decimal. */
function decimalsOf(text: string): number | undefined {
  const match = /^[-+]?(?:\d+(?:\.(\d*))?|\.(\d+))(?:[eE]([-+]?\d+))?$/.exec(text)
  if (!match) return undefined
  const fraction = (match[1] ?? match[2] ?? '').length
  return Math.max(0, fraction - Number(match[3] ?? 0))
}

function halfUnit(decimals: number): number {
  return 0.5 * 10 ** -decimals
}

/** The card value as written (trailing zeros count: `0.80` is two decimals), else its shortest form. */
function writtenText(doc: DeclarationsDoc, field: string, value: number): string {
  const text = doc.valueText?.(field)
  return text !== undefined && decimalsOf(text) !== undefined && Number(text) === value ? text : String(value)
}

function canonical(name: string): string {
  return joinPath(splitPath(name))
}

/** The candidate value of a gated metric, by its name as given or as any spelling of the same path. */
function lookup(candidate: Metrics, name: string): unknown {
  const direct = candidate.get(name)
  if (direct) return direct.value
  const want = canonical(name)
  for (const [key, metric] of candidate) if (canonical(key) === want) return metric.value
  return undefined
}

function describe(value: unknown): string {
  if (typeof value === 'string') return `the text \`${value}\``
  if (Array.isArray(value)) return 'a list'
  if (value !== null && typeof value === 'object') return 'a mapping'
  return `\`${String(value)}\``
}
