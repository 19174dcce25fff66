/**
 * The `predictions` field of a model in the JSON report, and back: metrics computed from
 * per-example predictions, the flips and the paired comparisons (core/predictions/summary.ts).
 * Every field is present, null where unknown, like the rest of the report.
 */
import type { PredictionComparison, PredictionsSummary } from '../core/predictions/summary.js'

export interface ReportComparison {
  method: PredictionComparison['method']
  confidence: number
  /** candidate − baseline. */
  estimate: number
  /** Interval for candidate − baseline. */
  interval: [number, number]
  p_value: number | null
}

export interface ReportFlips {
  fixed: number
  broken: number
  total: number
  brokenIds: string[]
}

export interface ReportPredictions {
  task: PredictionsSummary['task']
  file: string
  baselineFile: string | null
  rows: number
  threshold: number | null
  candidate: Record<string, number>
  baseline: Record<string, number> | null
  flips: ReportFlips | null
  comparisons: Record<string, ReportComparison>
  note: string | null
}

/** The report form of a predictions summary; null without one. */
export function predictionsReport(summary: PredictionsSummary | undefined): ReportPredictions | null {
  if (!summary) return null
  const comparisons: Record<string, ReportComparison> = {}
  for (const [name, c] of Object.entries(summary.comparisons)) {
    comparisons[name] = {
      method: c.method,
      confidence: c.confidence,
      estimate: c.estimate,
      interval: [c.interval[0], c.interval[1]],
      p_value: c.p_value ?? null,
    }
  }
  return {
    task: summary.task,
    file: summary.file,
    baselineFile: summary.baselineFile ?? null,
    rows: summary.rows,
    threshold: summary.threshold ?? null,
    candidate: { ...summary.candidate },
    baseline: summary.baseline ? { ...summary.baseline } : null,
    flips: summary.flips ? { ...summary.flips, brokenIds: [...summary.flips.brokenIds] } : null,
    comparisons,
    note: summary.note ?? null,
  }
}

/** The summary a report's `predictions` field was written from. */
export function predictionsFromReport(report: ReportPredictions): PredictionsSummary {
  const summary: PredictionsSummary = {
    task: report.task,
    file: report.file,
    rows: report.rows,
    candidate: { ...report.candidate },
    comparisons: {},
  }
  for (const [name, c] of Object.entries(report.comparisons)) {
    const cmp: PredictionComparison = {
      method: c.method,
      confidence: c.confidence,
      estimate: c.estimate,
      interval: [c.interval[0], c.interval[1]],
    }
    if (c.p_value !== null) cmp.p_value = c.p_value
    summary.comparisons[name] = cmp
  }
  if (report.baselineFile !== null) summary.baselineFile = report.baselineFile
  if (report.threshold !== null) summary.threshold = report.threshold
  if (report.baseline !== null) summary.baseline = { ...report.baseline }
  if (report.flips !== null) summary.flips = { ...report.flips, brokenIds: [...report.flips.brokenIds] }
  if (report.note !== null) summary.note = report.note
  return summary
}
