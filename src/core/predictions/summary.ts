/**
 * What the gate makes of per-example predictions (`predictions:` of the policy): the computed
 * metrics as metrics the gates see, the check that the metrics file agrees with them, the
 * paired comparisons of candidate and baseline, the intervals on the worsening w that baseline
 * rules decide with, and the summary the comment and the report carry. Pure: no I/O.
 */
import type { Better, Check, Metric, Metrics, PredictionSettings } from '../types.js'
import { formatDistinct, isFiniteNumber } from '../numbers.js'
import { plural } from '../words.js'
import { binaryMetrics, regressionMetrics } from './metrics.js'
import { compareBinary, compareRegression } from './paired.js'
import type { Flips } from './flips.js'
import type { PairedInterval } from './interval.js'

/** The metrics computed for each task, by the names gates use. */
export const COMPUTED_METRICS = {
  binary: ['accuracy', 'precision', 'recall', 'f1', 'roc_auc'],
  regression: ['mae', 'rmse'],
} as const

/** Each computed metric's direction: the worsening of a higher-is-better metric is b − c. */
export const COMPUTED_BETTER: Readonly<Record<string, Better>> = {
  accuracy: 'higher',
  precision: 'higher',
  recall: 'higher',
  f1: 'higher',
  roc_auc: 'higher',
  mae: 'lower',
  rmse: 'lower',
}

/** How far the metrics file's value may be from the computed one before the check fails. */
export const CONSISTENCY_TOLERANCE = 1e-6

/**
 * How far a reported value may be from the computed one: CONSISTENCY_TOLERANCE, or half a unit
 * in the last decimal place when the file wrote the value rounded to 3 to 5 decimals
 * (`round(recall, 3)` writes 0.811 for 0.81095). Values with fewer decimals (0.5) are held to
 * CONSISTENCY_TOLERANCE: they may well be exact.
 */
export function consistencyTolerance(reported: number): number {
  const text = String(reported)
  const decimals = /^-?\d+\.(\d+)$/.exec(text)?.[1]?.length ?? 0
  if (decimals < 3 || decimals > 5) return CONSISTENCY_TOLERANCE
  return Math.max(CONSISTENCY_TOLERANCE, 0.5 * 10 ** -decimals * (1 + 1e-9))
}

/** Default confidence of the paired intervals when the policy does not set one. */
export const DEFAULT_CONFIDENCE = 0.95

/** One paired comparison, candidate − baseline (as the methods compute it). */
export type PredictionComparison = PairedInterval

/** The predictions at a glance, for the comment and the report. */
export interface PredictionsSummary {
  task: PredictionSettings['task']
  /** The candidate's predictions file (workspace). */
  file: string
  /** The baseline's predictions file (base commit), when the two were paired. */
  baselineFile?: string
  /** Examples read from the candidate file (and joined, when paired). */
  rows: number
  /** Binary only. */
  threshold?: number
  /** Metrics computed from the candidate's predictions, by name. */
  candidate: Record<string, number>
  /** Metrics computed from the baseline's predictions, when paired. */
  baseline?: Record<string, number>
  /** Binary and paired: examples fixed and broken by the change. */
  flips?: Flips
  /** Paired comparisons by metric name, candidate − baseline, with the method that made each. */
  comparisons: Record<string, PredictionComparison>
  /** Why there is no pairing (no base commit, no baseline file, ...). */
  note?: string
}

/** The interval on the worsening w of one metric, as evaluate's statistical baseline rules read it. */
export interface WorseningInterval {
  method: string
  confidence: number
  interval: [number, number]
  p_value?: number
}

/** One side's predictions: ids, labels and scores/predictions aligned. */
export interface PredictionSide {
  ids: readonly string[]
  labels: ArrayLike<number>
  values: ArrayLike<number>
}

export interface SummarizeInput {
  settings: PredictionSettings
  candidate: PredictionSide
  /** The baseline's values aligned with the candidate's ids (after the join); absent: unpaired. */
  baseline?: ArrayLike<number>
  /** Why there is no baseline, for the summary. */
  baselineNote?: string
  /** Confidence of the paired intervals (default 0.95). */
  confidence?: number
  /** Seed of the paired bootstrap (default 1). */
  seed?: number
}

/** Only finite values: roc_auc is absent when one class is. */
function finiteRecord(values: Record<string, number | undefined>): Record<string, number> {
  const out: Record<string, number> = {}
  for (const [name, v] of Object.entries(values)) if (v !== undefined && Number.isFinite(v)) out[name] = v
  return out
}

/** Computes the metrics of the candidate (and the baseline, paired), the flips and the comparisons. */
export function summarizePredictions(input: SummarizeInput): PredictionsSummary {
  const { settings, candidate, baseline } = input
  const confidence = input.confidence ?? DEFAULT_CONFIDENCE
  const summary: PredictionsSummary = {
    task: settings.task,
    file: settings.file,
    rows: candidate.ids.length,
    candidate: {},
    comparisons: {},
  }
  if (settings.task === 'binary') summary.threshold = settings.threshold
  if (baseline === undefined) {
    summary.candidate = finiteRecord(
      settings.task === 'binary'
        ? { ...binaryMetrics(candidate.labels, candidate.values, settings.threshold) }
        : { ...regressionMetrics(candidate.labels, candidate.values) },
    )
    if (input.baselineNote !== undefined) summary.note = input.baselineNote
    return summary
  }
  summary.baselineFile = settings.baselineFile
  if (settings.task === 'binary') {
    const cmp = compareBinary(candidate.ids, candidate.labels, candidate.values, baseline, {
      threshold: settings.threshold,
      confidence,
      ...(input.seed !== undefined ? { seed: input.seed } : {}),
    })
    summary.candidate = finiteRecord({ ...cmp.candidate })
    summary.baseline = finiteRecord({ ...cmp.baseline })
    summary.flips = cmp.flips
    for (const [name, interval] of Object.entries(cmp.intervals)) {
      if (interval) summary.comparisons[name] = comparison(interval)
    }
  } else {
    const cmp = compareRegression(candidate.labels, candidate.values, baseline, confidence)
    summary.candidate = finiteRecord({ ...cmp.candidate })
    summary.baseline = finiteRecord({ ...cmp.baseline })
    summary.comparisons.mae = comparison(cmp.intervals.mae)
    summary.comparisons.rmse = comparison(cmp.intervals.rmse)
  }
  return summary
}

/** The plain PairedInterval fields of a method's result (DeLong's carries more). */
function comparison(p: PairedInterval): PredictionComparison {
  const out: PredictionComparison = {
    method: p.method,
    confidence: p.confidence,
    estimate: p.estimate,
    interval: [p.interval[0], p.interval[1]],
  }
  if (p.p_value !== undefined) out.p_value = p.p_value
  return out
}

/**
 * The intervals on the worsening w of each compared metric, keyed by metric name, oriented by
 * the metric's own direction (COMPUTED_BETTER): w = b − c for higher-is-better metrics, so the
 * interval of c − b is negated and swapped; w = c − b for mae and rmse. `EvaluateInput.pairedIntervals`.
 */
export function worseningIntervals(summary: PredictionsSummary): Map<string, WorseningInterval> {
  const out = new Map<string, WorseningInterval>()
  for (const [name, cmp] of Object.entries(summary.comparisons)) {
    const lower = COMPUTED_BETTER[name] === 'lower'
    const [lo, hi] = cmp.interval
    const entry: WorseningInterval = {
      method: cmp.method,
      confidence: cmp.confidence,
      interval: lower ? [lo, hi] : [neg(hi), neg(lo)],
    }
    if (cmp.p_value !== undefined) entry.p_value = cmp.p_value
    out.set(name, entry)
  }
  return out
}

/** −x without −0. */
function neg(x: number): number {
  return x === 0 ? 0 : -x
}

/**
 * `metrics` with the computed values set under their names (the computed value replaces the
 * file's: the gates judge what the predictions say). `n` is the number of examples, `better`
 * the metric's direction. Returns a new Map; `metrics` is not changed.
 */
export function withComputed(metrics: Metrics | undefined, computed: Record<string, number>, n: number): Metrics {
  const out: Metrics = new Map(metrics ?? [])
  for (const [name, value] of Object.entries(computed)) {
    const metric: Metric = { value, n }
    const better = COMPUTED_BETTER[name]
    if (better) metric.better = better
    out.set(name, metric)
  }
  return out
}

/**
 * One check per computed metric that the metrics file also reports under the same name: it
 * fails (and blocks) when the two differ by more than consistencyTolerance, since the eval
 * step's numbers then disagree with its own predictions. `ruleKey: 'consistent'`; `candidate`
 * is the file's value, `limit` the computed one. A value the file holds that is not a number is
 * left to the gates.
 */
export function consistencyChecks(summary: PredictionsSummary, fileMetrics: Metrics, metricsFile: string): Check[] {
  const checks: Check[] = []
  const rows = plural(summary.rows, 'example')
  for (const [name, computed] of Object.entries(summary.candidate)) {
    const reported = fileMetrics.get(name)?.value
    if (!isFiniteNumber(reported)) continue
    const agrees = Math.abs(reported - computed) <= consistencyTolerance(reported)
    const [reportedText, computedText] = formatDistinct(reported, computed)
    checks.push({
      id: `predictions:${name}:consistent`,
      kind: 'threshold',
      metric: name,
      status: agrees ? 'pass' : 'fail',
      severity: 'block',
      candidate: reported,
      baseline: null,
      ruleKey: 'consistent',
      rule: `must match ${summary.file}`,
      limit: computed,
      message: agrees
        ? `${metricsFile} reports ${reportedText} and its predictions in ${summary.file} give ${computedText} (${rows}): they agree`
        : `${metricsFile} reports ${reportedText}, but its predictions in ${summary.file} give ${computedText} (${rows}): the eval step's numbers disagree with its own predictions`,
      ...(agrees
        ? {}
        : {
            fix: `make the eval step compute ${name} from the predictions it writes to ${summary.file} (the gates judge the computed ${computedText})`,
          }),
      location: { file: metricsFile },
    })
  }
  return checks
}
